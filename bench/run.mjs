// @fileoverview Runs every benchmark in bench/ (needs `npm run build` first).
await import('./parse.mjs');
await import('./regex.mjs');
await import('./editfiles.mjs');
await import('./sweep.mjs');
await import('./lint.mjs');
await import('./lsp.mjs');
await import('./issue25.mjs');
await import('./deep-root.mjs');
await import('./remote-copy.mjs');
