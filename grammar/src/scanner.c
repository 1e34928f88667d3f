/**
 * @fileoverview External scanner of the cfengine grammar: the tokens a regular expression cannot
 * express. Stateless. See grammar.js for the rules that use them.
 *
 * - comment: `#` starts a comment only at the start of a line or after white space (L933-938);
 *   `pattern=#*` is a word.
 * - section start / selector start: zero-width markers, emitted after looking ahead over the next
 *   run of characters: `name:` then white space opens a section, `expr::` then white space is a
 *   class selector. Looking ahead is needed because `cf.main` is a word but `cf.main::` is not.
 * - option name: `key` when it is directly followed by `=` and an option may stand here.
 * - string text: the inside of "…", '…' and `…`, up to the closing quote or a `$(`/`${`.
 */
#include "tree_sitter/parser.h"
#include <stdbool.h>

enum TokenType {
  COMMENT,
  SECTION_START,
  SELECTOR_START,
  OPTION_NAME,
  DQ_TEXT,
  SQ_TEXT,
  BQ_TEXT,
  ERROR_SENTINEL,
};

void *tree_sitter_cfengine_external_scanner_create(void) { return NULL; }
void tree_sitter_cfengine_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_cfengine_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload; (void)buffer;
  return 0;
}
void tree_sitter_cfengine_external_scanner_deserialize(void *payload, const char *buffer,
                                                        unsigned length) {
  (void)payload; (void)buffer; (void)length;
}

/* The blanks: exactly grammar.js's BLANK and host/ir/blanks.ts (no VT, FF or Unicode space, which
   are word characters there; test/grammar/blanks.test.ts checks that all three agree). */
static bool is_space(int32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static bool is_alpha(int32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }
static bool is_ident(int32_t c) { return is_alpha(c) || is_digit(c) || c == '_'; }
/* Characters of a class selector: class names and the operators of L1547-1640. */
static bool is_selector(int32_t c) {
  return is_ident(c) || c == '-' || c == '.' || c == '&' || c == '|' || c == '!' || c == '(' ||
         c == ')';
}

/* The text of a quoted string up to `quote` or a variable reference. */
static bool scan_string_text(TSLexer *lexer, int32_t quote, enum TokenType type) {
  bool any = false;
  for (;;) {
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (c == quote) break;
    if (c == '$') {
      lexer->mark_end(lexer);
      lexer->advance(lexer, false);
      if (lexer->lookahead == '(' || lexer->lookahead == '{') {
        if (!any) return false;
        lexer->result_symbol = type;
        return true;  /* end already marked before the `$` */
      }
      any = true;
      continue;
    }
    lexer->advance(lexer, false);
    any = true;
  }
  if (!any) return false;
  lexer->mark_end(lexer);
  lexer->result_symbol = type;
  return true;
}

bool tree_sitter_cfengine_external_scanner_scan(void *payload, TSLexer *lexer,
                                                const bool *valid_symbols) {
  (void)payload;
  bool recovering = valid_symbols[ERROR_SENTINEL];

  if (!recovering) {
    if (valid_symbols[DQ_TEXT]) return scan_string_text(lexer, '"', DQ_TEXT);
    if (valid_symbols[SQ_TEXT]) return scan_string_text(lexer, '\'', SQ_TEXT);
    if (valid_symbols[BQ_TEXT]) return scan_string_text(lexer, '`', BQ_TEXT);
  }

  bool after_space = false;
  while (!lexer->eof(lexer) && is_space(lexer->lookahead)) {
    lexer->advance(lexer, true);
    after_space = true;
  }
  if (lexer->eof(lexer)) return false;

  if (lexer->lookahead == '#') {
    /* get_column is costly (it rescans the line), so ask only when no space preceded the `#`:
       then it is a comment only at the very start of a line, i.e. of the file. */
    if (!after_space) after_space = lexer->get_column(lexer) == 0;
    if (!after_space || !valid_symbols[COMMENT]) return false;
    while (!lexer->eof(lexer) && lexer->lookahead != '\n' && lexer->lookahead != '\r') {
      lexer->advance(lexer, false);
    }
    lexer->mark_end(lexer);
    lexer->result_symbol = COMMENT;
    return true;
  }
  if (recovering) return false;
  if (!valid_symbols[SECTION_START] && !valid_symbols[SELECTOR_START] &&
      !valid_symbols[OPTION_NAME]) {
    return false;
  }

  /* Zero-width markers end here, before anything is consumed. */
  lexer->mark_end(lexer);
  unsigned length = 0;
  bool name_only = true; /* the run so far could be a section or option name */
  while (!lexer->eof(lexer) && is_selector(lexer->lookahead)) {
    int32_t c = lexer->lookahead;
    if (!is_ident(c) || (length == 0 && !is_alpha(c) && c != '_')) name_only = false;
    lexer->advance(lexer, false);
    length++;
  }
  if (length == 0) return false;

  if (lexer->lookahead == '=' && name_only && valid_symbols[OPTION_NAME]) {
    lexer->mark_end(lexer);
    lexer->result_symbol = OPTION_NAME;
    return true;
  }
  if (lexer->lookahead != ':') return false;
  lexer->advance(lexer, false);
  if (lexer->lookahead == ':') {
    lexer->advance(lexer, false);
    if ((lexer->eof(lexer) || is_space(lexer->lookahead)) && valid_symbols[SELECTOR_START]) {
      lexer->result_symbol = SELECTOR_START;
      return true;
    }
    return false;
  }
  if (name_only && (lexer->eof(lexer) || is_space(lexer->lookahead)) &&
      valid_symbols[SECTION_START]) {
    lexer->result_symbol = SECTION_START;
    return true;
  }
  return false;
}
