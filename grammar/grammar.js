/**
 * @fileoverview tree-sitter grammar of the GNU cfengine 1.x policy language, as written in the
 * cfengine 1.4.9 reference manual (line numbers L… below are lines of that manual).
 *
 * A policy is a list of sections (`name:`); a section holds class selectors (`expr::`) and items
 * whose shape depends on the section: assignments in control/groups, `{ … }` blocks in editfiles
 * and acl, arrows in links, a path with `key=value` options in files/tidy/copy/…, bare words in
 * import/ignore/…  Every section node is aliased to `section` with a `name` field, so consumers
 * (host/ir) dispatch on the name; item shapes are still checked here, by the grammar.
 *
 * The external scanner (src/scanner.c) decides what a regular token cannot:
 *   - `#` starts a comment only at line start or after white space (L933-938), so `p=#*` is a word;
 *   - a section header `word:` and a class selector `expr::` are recognised by looking ahead over
 *     the whole run of characters before anything is consumed (zero-width start markers), since
 *     `cf.main` is a file name in import: but `cf.main::` is a class expression;
 *   - `key=` starts an option only where options are allowed;
 *   - the text of the three quote kinds (L2464), which may hold variables but no escapes.
 */

// Sections the manual reserves (L1104-1107, L5856-10835). Grouped by the shape of their items.
const ASSIGNMENT_SECTIONS = ['control', 'groups', 'classes'];
const PATH_SECTIONS = ['files', 'tidy', 'copy', 'disable', 'directories', 'required', 'disks'];
const LIST_SECTIONS = ['import', 'ignore', 'homeservers', 'binservers', 'mailserver', 'mountables',
  'broadcast', 'resolve', 'defaultroute', 'unmount'];

// The blanks between tokens: these four and no other character (a Unicode space, VT or FF is a
// word character, as in cfengine's lexer). scanner.c's is_space and host/ir/blanks.ts are the same
// set; test/grammar/blanks.test.ts checks that the three agree.
const BLANK = /[ \t\n\r]/;

// A word piece. It may hold `:` (`host:/path`) but not start with one, so a stray `::` is an error.
const FRAGMENT = /([^ \t\n\r"'`(){}$:]|\$[^ \t\n\r"'`(){}])([^ \t\n\r"'`(){}$]|\$[^ \t\n\r"'`(){}])*/;
const FRAGMENT_CONTINUED = /([^ \t\n\r"'`(){}$]|\$[^ \t\n\r"'`(){}])+/;
// A list value starting with what FRAGMENT cannot start with: `:`, `{`, `}`, or a `$` alone.
const LIST_PUNCTUATION = /[:{}][^ \t\n\r"'`(){}$]*|\$/;
const VARIABLE = /\$(\([^() \t\n\r"'`]*\)|\{[^{} \t\n\r"'`]*\})/;

/** The three quote kinds; `open` wraps the opening quote (plain or immediate). */
function quoted($, open) {
  const text = { '"': $._dq_text, "'": $._sq_text, '`': $._bq_text };
  return choice(...Object.entries(text).map(([q, inner]) => seq(
    open(q),
    repeat(choice(alias(inner, $.text), alias(token.immediate(VARIABLE), $.variable))),
    token.immediate(q))));
}

/** A section rule: zero-width start marker, the reserved name, `:`, then selectors and items. */
function section($, name, item) {
  return seq(
    $._section_start,
    field('name', alias(name, $.section_name)),
    token.immediate(':'),
    repeat(choice($.class_selector, item)),
  );
}

module.exports = grammar({
  name: 'cfengine',

  externals: $ => [
    $.comment,
    $._section_start,
    $._selector_start,
    $.option_name,
    $._dq_text,
    $._sq_text,
    $._bq_text,
    $._error_sentinel,
  ],

  extras: $ => [BLANK, $.comment],

  supertypes: $ => [$._item],

  conflicts: $ => [],

  rules: {
    policy: $ => repeat($._section),

    _section: $ => choice(
      ...ASSIGNMENT_SECTIONS.map(n => alias($[`${n}_section`], $.section)),
      ...PATH_SECTIONS.map(n => alias($[`${n}_section`], $.section)),
      ...LIST_SECTIONS.map(n => alias($[`${n}_section`], $.section)),
      alias($.editfiles_section, $.section),
      alias($.acl_section, $.section),
      alias($.links_section, $.section),
      alias($.processes_section, $.section),
      alias($.shellcommands_section, $.section),
      alias($.miscmounts_section, $.section),
      alias($.unknown_section, $.section),
    ),

    ...Object.fromEntries(ASSIGNMENT_SECTIONS.map(n =>
      [`${n}_section`, $ => section($, n, $.assignment)])),
    ...Object.fromEntries(PATH_SECTIONS.map(n =>
      [`${n}_section`, $ => section($, n, $.statement)])),
    ...Object.fromEntries(LIST_SECTIONS.map(n =>
      [`${n}_section`, $ => section($, n, $.list_item)])),
    editfiles_section: $ => section($, 'editfiles', $.edit_block),
    acl_section: $ => section($, 'acl', $.acl_block),
    links_section: $ => section($, 'links', $.link),
    processes_section: $ => section($, 'processes', choice($.process, $.process_options)),
    shellcommands_section: $ => section($, 'shellcommands', $.shell_command),
    miscmounts_section: $ => section($, 'miscmounts', $.mount),
    // Any other `name:` — not a section of the language; parsed so that lint can name it.
    unknown_section: $ => section($, /[A-Za-z_][A-Za-z0-9_]*/, $.statement),

    // ---- class selectors (L1547-1640): `.`/`&` AND, `|` OR, `!` NOT, parentheses ----
    // The condition is kept flat, a run of names, operators and parentheses: host/ir builds the
    // expression from it (class-expression.ts) without recursion, so no depth of parentheses or
    // length of operand list can overflow a walk, and blank operands anywhere (`||a`, `a|`, `.a`,
    // D26) are its rule to apply, never a syntax error.
    class_selector: $ => seq($._selector_start, field('condition', $.class_expression),
      token.immediate('::')),
    class_expression: $ => repeat1(choice($.class_name, $.operator, token.immediate('!'),
      token.immediate('('), token.immediate(')'))),
    class_name: $ => token.immediate(/[A-Za-z0-9_\-]+/),
    // A run of operators is one operator: blank class names in between are skipped (L1611-1627).
    operator: $ => token.immediate(/[.&|]+/),

    // ---- items ----
    _item: $ => choice($.assignment, $.statement, $.list_item, $.edit_block, $.acl_block, $.link,
      $.process, $.process_options, $.shell_command, $.mount),

    // `name = ( list )` (L950-953, L6317); the list may span lines and hold comments.
    assignment: $ => seq(field('name', $.identifier), '=', field('value', $.list)),
    identifier: $ => /[A-Za-z_][A-Za-z0-9_]*/,
    // A value may also be punctuation a word cannot start with: `split = ( : )` (L2663), `{`, `}`,
    // a lone `$`.
    list: $ => seq('(', repeat(choice($._value, alias($._list_punctuation, $.word))), ')'),
    _list_punctuation: $ => prec.right(seq(alias(LIST_PUNCTUATION, $.text), repeat(choice(
      alias(token.immediate(FRAGMENT_CONTINUED), $.text), alias(token.immediate(VARIABLE), $.variable))))),

    // A path (or `home`, L9075) followed by options and bare flags (files: `fixall`, L9063).
    statement: $ => prec.right(seq(field('path', choice($._value, $.home)),
      repeat(choice($.option, $.flag)))),
    // `home` alone (L9075, L10645) is never a flag: it starts a statement over all home directories.
    home: $ => 'home',
    // Bare words after the path: an action keyword (`fixall`), or the obsolete `=0644 N [root]`
    // form of L8073. A path-like word (with `/`, `.` or `$`) starts the next statement instead.
    flag: $ => choice(/[A-Za-z][A-Za-z0-9_\-]*/, /=[0-7]+/, /\[[^\] \t\n\r]*\]/),
    list_item: $ => $._value,
    // miscmounts (L10020): `host:/source /destination mode` — two paths, then options.
    mount: $ => prec.right(seq(field('source', $._value), field('destination', $._value),
      repeat(choice($.option, $.flag)))),

    option: $ => seq(field('name', $.option_name), token.immediate('='),
      field('value', $._immediate_value)),

    // links (L9568-9651): `from -> to`, `from +> to` (children), `!` forces.
    link: $ => prec.right(seq(field('from', $._value), field('arrow', $.arrow),
      field('to', $._value), repeat($.option))),
    arrow: $ => choice('->', '+>', '->!', '+>!'),

    // processes (L10115-10130): "regex" options [restart "command" options]; SetOptionString "s".
    process: $ => prec.right(seq(field('pattern', $.string), repeat(choice($.option, $.flag)),
      optional(seq('restart', field('restart', $.string), repeat(choice($.option, $.flag)))))),
    process_options: $ => seq('SetOptionString', field('value', $.string)),

    // shellcommands (L10495): a quoted command and its options.
    shell_command: $ => prec.right(seq(field('command', $.string), repeat($.option))),

    // editfiles (L8208-8221): `{ file` then commands, each a name and quoted arguments.
    edit_block: $ => seq('{', field('file', $._value), repeat(choice($.replace_all, $.edit_command)),
      '}'),
    edit_command: $ => prec.right(seq(field('name', $.command_name),
      repeat(field('argument', $.string)))),
    command_name: $ => /[A-Za-z][A-Za-z0-9_]*/,
    // `ReplaceAll "regex" With "text"` (L8623) is the one two-keyword command.
    replace_all: $ => seq(field('name', alias('ReplaceAll', $.command_name)),
      field('pattern', $.string), 'With', field('replacement', $.string)),

    // acl (L5863-5912): `{ alias` then `method:…`, `fstype:…`, `user:id:perms` entries.
    acl_block: $ => seq('{', field('name', $._value), repeat(field('entry', $._value)), '}'),

    // ---- values ----
    _value: $ => choice($.word, $.string),
    _immediate_value: $ => choice(alias($._immediate_word, $.word), alias($._immediate_string, $.string)),

    word: $ => prec.right(seq(choice(alias(FRAGMENT, $.text), $.variable), repeat(choice(
      alias(token.immediate(FRAGMENT_CONTINUED), $.text), alias(token.immediate(VARIABLE), $.variable))))),
    _immediate_word: $ => prec.right(seq(
      choice(alias(token.immediate(FRAGMENT_CONTINUED), $.text), alias(token.immediate(VARIABLE), $.variable)),
      repeat(choice(alias(token.immediate(FRAGMENT_CONTINUED), $.text),
        alias(token.immediate(VARIABLE), $.variable))))),
    variable: $ => VARIABLE,

    // Three quote kinds, treated alike; no escapes (L2464-2476). Variables expand inside.
    string: $ => quoted($, q => q),
    // An option value written straight after `=`: no white space before the opening quote.
    _immediate_string: $ => quoted($, q => token.immediate(q)),
  },
});
