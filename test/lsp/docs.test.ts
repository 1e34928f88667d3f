/**
 * The hover texts (host/lsp/docs.ts): one for every section, editfiles command and option a run
 * knows, each citing lines of the 1.4.9 manual that name what it describes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_DOCS, OPTION_DOCS, optionDoc, SECTION_DOCS } from '../../host/lsp/docs.js';
import type { Doc } from '../../host/lsp/docs.js';
import { EDIT_COMMANDS } from '../../host/lint/editfiles-commands.js';
import { SECTION_NAMES } from '../../host/ir/types.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { manualPath } from '../support/shared.js';

const manual = readFileSync(manualPath(), 'latin1').split('\n');

/** The manual's text of a doc's lines (`L8385-8387`, or one line), a few lines of slack after. */
function cited(doc: Doc): string {
  const m = /^L(\d+)(?:-(\d+))?$/.exec(doc.lines);
  expect(m, doc.lines).not.toBeNull();
  const from = Number(m![1]);
  const to = Number(m![2] ?? m![1]);
  expect(to).toBeGreaterThanOrEqual(from);
  expect(to).toBeLessThanOrEqual(manual.length);
  return manual.slice(from - 1, to + 2).join('\n');
}

describe('hover docs', () => {
  it('describe every section, at lines of the manual that name it', () => {
    for (const name of SECTION_NAMES) expect(cited(SECTION_DOCS[name]), name).toContain(name);
  });

  it('describe every editfiles command, at lines of the manual that name it', () => {
    expect(Object.keys(COMMAND_DOCS).sort()).toEqual(Object.keys(EDIT_COMMANDS).sort());
    for (const [name, doc] of Object.entries(COMMAND_DOCS)) expect(cited(doc), name).toContain(name);
  });

  it('describe every option of every section a run knows, the named ones at lines that name them', async () => {
    const { options } = (await nodeRuntime()).core.vocabulary();
    for (const [section, names] of Object.entries(options)) {
      for (const option of names) expect(optionDoc(section, option), `${section} ${option}=`).not.toBeNull();
    }
    for (const [key, doc] of Object.entries(OPTION_DOCS)) {
      const option = key.split('.').pop()!;
      expect(cited(doc).toLowerCase(), key).toContain(option === 'elsedefine' ? 'define' : option);
    }
  });
});
