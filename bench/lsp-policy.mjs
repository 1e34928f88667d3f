// @fileoverview A big, clean policy for the language server's benchmark (bench/lsp.mjs). bench/big-policy.mjs is the run's own big-policy bench (issue #21).

/** A policy of about `lines` lines: groups, files, tidy, and guarded editfiles blocks. */
export function bigPolicy(lines) {
  const out = ['control:', '  actionsequence = ( files editfiles tidy shellcommands )', '  domain = ( example.org )', '  motd = ( "Welcome 0" )', '',
    'groups:', '  webservers = ( web1 web2 web3 )', '  dbservers = ( db1 db2 )', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push('files:', `  webservers::`, `    /etc/app${i}/conf mode=0644 owner=root group=root action=fixplain`,
      `    /var/www/site${i} mode=a+r recurse=inf action=fixall`, '',
      'editfiles:', `  dbservers|webservers::`, `    { /etc/app${i}/settings`, '      AutoCreate',
      `      BeginGroupIfNoSuchLine "setting${i} = on"`, `        InsertLine "setting${i} = on"`, '      EndGroup',
      `      DeleteLinesMatching "^#old${i}.*"`, `      AppendIfNoSuchLine "$(motd)"`, '    }', '',
      'tidy:', `  /var/tmp/app${i} pattern=*.tmp age=7 recurse=inf`, '',
      'shellcommands:', `  webservers.Hr0${i % 10}::`, `    "/usr/bin/true app${i}" timeout=30`, '');
  }
  return `${out.join('\n')}\n`;
}
