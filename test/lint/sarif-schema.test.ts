/**
 * `cfwasm lint --format sarif` is valid SARIF 2.1.0: checked against the OASIS JSON schema
 * (the copy shipped in @microsoft/jest-sarif) for a clean policy and one with findings of
 * several rules, including locations.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ schemaId: 'id', meta: false, allErrors: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

const dir = mkdtempSync(join(tmpdir(), 'cfwasm-sarif-'));

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema, with findings and without', () => {
    const bad = join(dir, 'bad.cf');
    writeFileSync(bad, 'control:\n actionsequence = ( files editfiles )\nfiles:\n lniux:: /x mdoe=644\n' +
      'editfiles:\n { /etc/x\n DeleteLinesMatching "ab(c"\n Append "y"\n }\n');
    const clean = new URL('../../examples/cfengine.conf', import.meta.url).pathname;
    for (const file of [bad, clean]) {
      const out = JSON.parse(cfwasm(['lint', '--format', 'sarif', file]).stdout);
      const ok = validate(out);
      expect(ok ? [] : validate.errors).toEqual([]);
    }
    const results = JSON.parse(cfwasm(['lint', '--format', 'sarif', bad]).stdout).runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['CF005', 'CF008', 'CF012']); // no CF015 run: the policy has errors
  });

  it('the validator rejects what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});
