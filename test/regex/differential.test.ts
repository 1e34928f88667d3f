/**
 * The regex engine agrees with glibc (D1): for thousands of random patterns and subjects, the
 * same compile errors, whole-line matches, leftmost-longest offsets and replace-all results as
 * regcomp(REG_EXTENDED)/regexec in the C locale. The C oracle is compiled here with `cc`; without
 * a C compiler this test fails (CI installs one). Replay a failure with CFWASM_REGEX_SEED.
 */
import { describe, expect, it } from 'vitest';
import { RegexSyntaxError } from '../../host/core/core.js';
import { nodeCore } from '../../host/node/core.js';
import { runOracle } from './glibc-oracle.js';
import { PatternGenerator, prng } from './random-patterns.js';

const PATTERNS = Number(process.env.CFWASM_REGEX_PATTERNS ?? 6000);
const SUBJECTS = 5;
const SEED = Number(process.env.CFWASM_REGEX_SEED ?? 20261122);

const latin1 = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));

interface Case { pattern: string; subject: string; replacement: string; glibcBug: boolean }

describe('regex engine vs glibc regcomp(REG_EXTENDED)', () => {
  it.each([['lazy DFA and Pike VM', true], ['Pike VM alone', false]])(
    `agrees on ${PATTERNS} random patterns × ${SUBJECTS} subjects (seed ${SEED}), %s`, async (_, dfa) => {
    console.log(`regex differential: seed ${SEED} (replay: CFWASM_REGEX_SEED=${SEED})`);
    const gen = new PatternGenerator(prng(SEED));
    const cases: Case[] = [];
    for (let i = 0; i < PATTERNS; i++) {
      const pattern = gen.pattern();
      const glibcBug = gen.flags.shakyBackReference || gen.flags.notBoundaryAfterRepeat;
      for (let j = 0; j < SUBJECTS; j++) {
        cases.push({ pattern, subject: gen.subject(pattern), replacement: '<R>', glibcBug });
      }
    }
    const expected = runOracle(cases);

    const core = await nodeCore();
    core.regexUseDfa(dfa);
    const mismatches: string[] = [];
    let errors = 0;
    let matches = 0;
    let compileOnly = 0;
    let glibcCrashes = 0;
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      let actual: string;
      try {
        const h = core.regexCompile(latin1(c.pattern));
        const s = latin1(c.subject);
        const m = core.regexSearch(h, s, 0);
        const whole = core.regexMatchesWhole(h, s) ? 1 : 0;
        const replaced = Buffer.from(core.regexReplaceAll(h, s, latin1(c.replacement))).toString('hex');
        actual = `M ${whole} ${m ? m.start : -1} ${m ? m.end : -1} ${replaced}`;
        if (m) matches++;
      } catch (e) {
        if (!(e instanceof RegexSyntaxError)) throw e;
        actual = `E ${e.code}`;
      }
      if (actual.startsWith('E')) errors++;
      if (expected[i].startsWith('CRASH')) {
        // glibc crashed on this one (a known back-reference bug); we must merely not crash.
        glibcCrashes++;
        continue;
      }
      // In glibc's two known-wrong classes only the compile result is compared (see
      // random-patterns.ts and glibc-bugs.test.ts).
      const comparable = c.glibcBug && !actual.startsWith('E') && !expected[i].startsWith('E');
      if (comparable) compileOnly++;
      if (comparable ? false : actual !== expected[i]) {
        mismatches.push(`pattern ${JSON.stringify(c.pattern)} subject ${JSON.stringify(c.subject)}: ` +
          `glibc ${expected[i]} / cfwasm ${actual}`);
      }
    }
    console.log(`regex differential: ${cases.length} cases, ${errors} compile errors, ${matches} with a match, ` +
      `${compileOnly} in glibc's known-wrong classes (compile result compared only), ` +
      `${glibcCrashes} where glibc crashed, ` +
      `${mismatches.length} disagreements`);
    core.regexUseDfa(true);
    expect(mismatches.slice(0, 25)).toEqual([]);
  }, 300_000); // 30,000 cases: about 25 s alone, several times that beside the browser tests on 2 cores
});
