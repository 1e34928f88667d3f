/**
 * @fileoverview Loads the WebAssembly core (engine/, AssemblyScript) and wraps its exports in
 * typed functions. Environment-neutral: the caller hands in the wasm bytes (host/node reads them
 * from disk, a browser fetches them). Byte data crosses the boundary as ArrayBuffers allocated in
 * the core's memory and pinned for the duration of a call.
 */

import { hostImports } from './host-interface.js';
import type { Host } from './host-interface.js';
import { OverlayHost } from './overlay-host.js';
import { bytesAt, objectLength, stringAt } from './core-memory.js';
import type { Item, Policy, Value } from '../ir/types.js';

interface CoreExports {
  memory: WebAssembly.Memory;
  __new(size: number, id: number): number;
  __pin(ptr: number): number;
  __unpin(ptr: number): void;
  __collect(): void;
  regexCompile(pattern: number): number;
  regexErrorOffset(): number;
  regexSearch(handle: number, subject: number, from: number): bigint;
  regexMatchesWhole(handle: number, subject: number): number;
  regexReplaceAll(handle: number, subject: number, replacement: number): number;
  regexCountMatchingLines(handle: number, text: number, whole: number): number;
  regexReplaceAllLines(handle: number, text: number, replacement: number): number;
  regexShortestMatch(handle: number): number;
  runPolicy(request: number): number;
  editfilesProbe(command: number, pattern: number, content: number): number;
  regexExplain(pattern: number, subject: number): number;
  vocabulary(): number;
  regexUseDfa(on: number): void;
  hmacSha256(key: number, data: number): number;
}

/**
 * Runs between collections of the core's garbage (Core.runPolicy), and other calls (withBytes).
 * A collection marks everything live (compiled patterns, the policy kept for the next run) whatever
 * the garbage: lint's trial runs spent a tenth of their time in it when collecting every 16 runs.
 */
const RUNS_PER_COLLECT = 128;
const CALLS_PER_COLLECT = 1024;

/** AssemblyScript's class id of ArrayBuffer. */
const ARRAY_BUFFER_ID = 1;

/** glibc's regerror texts' meaning, keyed by regcomp error code (see engine/src/regex/syntax.ts). */
const REGEX_ERRORS: Record<number, string> = {
  2: 'invalid regular expression',
  3: 'invalid collation character',
  4: 'invalid character class name',
  5: 'trailing backslash',
  6: 'invalid back reference',
  7: 'unmatched [, [^, [:, [. or [=',
  8: 'unmatched ( or \\(',
  9: 'unmatched {',
  10: 'invalid content of {}',
  11: 'invalid range end',
  12: 'pattern too large',
  13: 'repetition operator (*, +, ? or {) with nothing to repeat',
  15: 'regular expression too big (a count above 32767)',
};

export class RegexSyntaxError extends Error {
  constructor(readonly code: number, readonly offset: number, readonly pattern: Uint8Array) {
    super(`${REGEX_ERRORS[code] ?? 'invalid regular expression'} (at byte ${offset + 1} of the pattern)`);
  }
}

export class RegexBudgetError extends Error {
  constructor() {
    super('back-reference matching gave up: the pattern needs more steps than allowed');
  }
}

export interface Match { start: number; end: number }

/** What the core answers to a run (engine/src/index.ts runPolicy). */
export interface CoreRunResult {
  exitCode: number;
  /**
   * `inform`/`syslog`: the item asked for its messages to be shown / sent to syslog. Level `output`:
   * a line a shell command printed (`command` names it), shown whatever the switches.
   */
  log: { level: 'info' | 'warning' | 'error' | 'output'; message: string; command?: string; inform?: boolean; syslog?: boolean }[];
  classes: string[];
  /** The sysadm control variable as the run's classes select it (L7381). */
  sysadm: string;
  /**
   * Every change the run made, in order; under dry run, every change it would make (the plan).
   * `op`: chmod chown mkdir symlink link rename remove write create touch save exec signal.
   */
  changes: Change[];
  /** The policy's output switches (control Inform, Verbose, Warnings, Syslog). */
  output: { inform: boolean; verbose: boolean; warnings: boolean; syslog: boolean };
}

export interface Change {
  op: string;
  path?: string;
  [detail: string]: string | number | undefined;
}

/** Names a run resolves (engine/src/index.ts vocabulary): options by section, how they are written, variables. */
export interface Vocabulary {
  options: Record<string, string[]>;
  /** Per section ("" for any other: define=, elsedefine=), each way of writing an option → the option. */
  abbreviations: Record<string, Record<string, string>>;
  variables: string[];
  /** Control settings that are lists: given twice, they add up (lower case). */
  controlLists: string[];
}

/**
 * What of the policy IR the core never reads: where a name is (it names places by an item's or an
 * edit command's file, line and column; no other node's place), where a place ends, a value as
 * written. Left out of the request, they were more than half of a big policy's request and of the
 * core's memory for it. A value that is one piece of unquoted text (most paths and option values)
 * is sent as that text, a JSON string, which the core reads as such (engine/src/run/context.ts
 * expand): a string is a fraction of an object, an array and an object in the core's memory.
 */
const UNREAD = new Set(['nameLoc', 'raw', 'endLine', 'endColumn']);
function unread(this: unknown, key: string, value: unknown): unknown {
  if (UNREAD.has(key)) return undefined;
  if (key === 'loc' && typeof this === 'object' && this !== null && !('when' in this) && !('args' in this)) return undefined;
  if (isPlainValue(value)) return value.parts.length ? (value.parts[0] as { text: string }).text : '';
  return value;
}

function isPlainValue(v: unknown): v is Value {
  if (typeof v !== 'object' || v === null || !('parts' in v) || !('quote' in v) || v.quote !== null) return false;
  const { parts } = v as Value;
  return parts.length === 0 || (parts.length === 1 && parts[0].kind === 'text');
}

/**
 * The run request as UTF-8 JSON in pieces of about CHUNK characters, its `policy` without what
 * the core never reads: item by item, so that a policy of hundreds of thousands of items never
 * becomes one string of hundreds of megabytes (and its copy as bytes).
 */
function requestChunks(request: object, restJson: string, release: boolean): Uint8Array[] {
  const encoder = new TextEncoder();
  const { policy } = request as { policy?: Policy };
  if (policy === undefined) return [encoder.encode(restJson)];
  const chunks: Uint8Array[] = [];
  let text = '';
  const put = (s: string) => {
    text += s;
    if (text.length >= CHUNK) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  };
  // `{"a":1}` opened for more members: `{"a":1,` (or `{` when it has none).
  const opened = (o: object) => {
    const json = JSON.stringify(o, unread);
    return json === '{}' ? '{' : `${json.slice(0, -1)},`;
  };
  const { sections, ...head } = policy;
  put(`{"policy":${opened(head)}"sections":[`);
  sections.forEach((section, i) => {
    const { items, ...sectionHead } = section;
    put(`${i ? ',' : ''}${opened(sectionHead)}"items":[`);
    for (let j = 0; j < items.length; j++) {
      put(`${j ? ',' : ''}${JSON.stringify(items[j], unread)}`);
      if (release) (items as (Item | null)[])[j] = null;
    }
    if (release) items.length = 0;
    put(']}');
  });
  put(`]}${restJson === '{}' ? '' : ','}${restJson.slice(1)}`);
  chunks.push(encoder.encode(text));
  return chunks;
}

const CHUNK = 1 << 16;

/** The request without its policy (`restJson`), for a run of the policy the core parsed for the last run. */
function samePolicyRequest(restJson: string): Uint8Array {
  return new TextEncoder().encode(`{"samePolicy":true${restJson === '{}' ? '' : ','}${restJson.slice(1)}`);
}

/** The last run's request again, policy and all (the core keeps it parsed: engine/src/index.ts lastRequest). */
const SAME_REQUEST = new TextEncoder().encode('{"sameRequest":true}');

/** One decoder for the results (a TextDecoder made per run was a share of a small run's cost). */
const UTF8 = new TextDecoder();

export class Core {
  /** The host of the run in progress (the core calls out to it through `host` imports). */
  private host: Host | null = null;

  private constructor(private readonly x: CoreExports) {
    this.bytesAtCollect = this.memoryBytes();
  }

  static async load(wasm: BufferSource | WebAssembly.Module): Promise<Core> {
    const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
    let core: Core | undefined;
    // One accessor for every host call (an object and a closure were made per call).
    const memory = { bytes: (ptr: number, length: number) => bytesAt(core!.x.memory.buffer, ptr, length) };
    const instance = await WebAssembly.instantiate(module, {
      host: hostImports(
        () => {
          if (!core?.host) throw new Error('cfwasm core: a host call outside a run');
          return core.host;
        },
        () => memory,
        (now, owner) => {
          if (core?.host && !(core.host instanceof OverlayHost)) core.host = new OverlayHost(core.host, now, owner);
        },
      ),
      env: {
        abort(message: number, file: number, line: number, column: number) {
          const text = core ? `${core.readString(message)} at ${core.readString(file)}:${line}:${column}` : 'abort';
          throw new Error(`cfwasm core: internal error: ${text}`);
        },
      },
    });
    core = new Core(instance.exports as unknown as CoreExports);
    return core;
  }

  private readString(ptr: number): string {
    return stringAt(this.x.memory.buffer, ptr);
  }

  /** Copies bytes into a new pinned ArrayBuffer in the core's memory. */
  private put(bytes: Uint8Array): number {
    const ptr = this.x.__pin(this.x.__new(bytes.length, ARRAY_BUFFER_ID));
    bytesAt(this.x.memory.buffer, ptr, bytes.length).set(bytes);
    return ptr;
  }

  private take(ptr: number): Uint8Array {
    const buffer = this.x.memory.buffer;
    return bytesAt(buffer, ptr, objectLength(buffer, ptr)).slice();
  }

  /** The UTF-8 text of the buffer at `ptr`, decoded where it lies (no copy first: a run's result). */
  private takeText(ptr: number): string {
    const buffer = this.x.memory.buffer;
    return UTF8.decode(bytesAt(buffer, ptr, objectLength(buffer, ptr)));
  }

  private calls = 0;

  /** Full collections so far (tests: a run of a small policy does not cost one). */
  collections = 0;

  /** The size of the last run's request in bytes (tests: a run repeated is sent as a few). */
  requestBytes = 0;

  private collect(): void {
    this.collections++;
    this.runsSinceCollect = 0;
    this.calls = 0;
    this.x.__collect();
    this.bytesAtCollect = this.memoryBytes();
  }

  /**
   * Calls the core with `inputs` copied into pinned buffers, and `read` takes what it needs out
   * of the result before anything is collected. The core uses AssemblyScript's minimal runtime
   * (no collection during a call: allocation-heavy edits run 2-3x faster), so garbage is
   * collected here, between calls, once the result is read: every CALLS_PER_COLLECT calls, and before a run
   * (runPolicy).
   */
  private withBytes<T, R>(inputs: Uint8Array[], call: (ptrs: number[]) => T, read: (result: T) => R,
    collect = false): R {
    const ptrs = inputs.map(b => this.put(b));
    try {
      return read(call(ptrs));
    } finally {
      for (const p of ptrs) this.x.__unpin(p);
      if (collect || ++this.calls >= CALLS_PER_COLLECT) this.collect();
    }
  }

  /**
   * Compiles a POSIX ERE; throws RegexSyntaxError. The same pattern gives the same handle; a
   * handle stays valid until 4096 other patterns have been compiled (then using it throws).
   */
  regexCompile(pattern: Uint8Array): number {
    const handle = this.withBytes([pattern], ([p]) => this.x.regexCompile(p), h => h);
    if (handle < 0) throw new RegexSyntaxError(-handle, this.x.regexErrorOffset(), pattern);
    return handle;
  }

  /** HMAC-SHA256 of `data` under `key`: 32 bytes (engine/src/util/sha256.ts). */
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
    return this.withBytes([key, data], ([k, d]) => this.x.hmacSha256(k, d), out => this.take(out));
  }

  /** What a run knows by name (engine/src/index.ts vocabulary); read once. */
  vocabulary(): Vocabulary {
    this.known ??= this.withBytes([], () => this.x.vocabulary(), out => JSON.parse(new TextDecoder().decode(this.take(out))) as Vocabulary);
    return this.known;
  }

  private known: Vocabulary | undefined;

  /**
   * Runs a policy against `host`: `request` is the run request (policy IR, options, facts).
   * Not re-entrant: one run at a time per core. With `releasePolicy`, the items of the request's
   * policy are taken out of it as they are sent: the caller has no more use for them, and a big
   * policy's IR is then not held in JavaScript while the core holds its own copy.
   */
  runPolicy(request: object, host: Host, options: { releasePolicy?: boolean } = {}): CoreRunResult {
    if (this.host) throw new Error('cfwasm core: a run is already in progress');
    // Earlier runs' garbage goes now, not when a run ended (a process that runs one policy and
    // exits, cfwasm run, never spends the time); and only every RUNS_PER_COLLECT runs, or once the
    // memory grew since the last collection: a full collection cost as much as a small run, and
    // the garbage of a few small runs fits in memory the core has anyway (a run that grew it
    // collected its own before building its result: engine/src/index.ts).
    if (this.runsSinceCollect >= RUNS_PER_COLLECT || (this.runsSinceCollect > 0 && this.memoryBytes() > this.bytesAtCollect)) this.collect();
    this.runsSinceCollect++;
    this.host = host;
    const { policy } = request as { policy?: unknown };
    const same = typeof policy === 'object' && policy !== null && policy === this.lastPolicy;
    // The last run's request object again (lint's trial runs): the same request, not compared.
    const sameObject = same && request === this.lastRequest && this.lastRest !== null;
    let restJson = this.lastRest ?? '';
    if (!sameObject) {
      const { policy: _policy, ...rest } = request as { policy?: unknown };
      restJson = JSON.stringify(rest);
    }
    const again = sameObject || (same && restJson === this.lastRest);
    this.lastPolicy = null; // until this run is over: one that fails leaves the core none
    this.lastRest = null;
    this.lastRequest = null;
    try {
      // Not pinned: the core parses it first thing and lets it go (engine/src/index.ts runPolicy).
      // The same policy object as the last run's: the core runs the one it parsed then; with the
      // same options too, the request it parsed then.
      const chunks = again ? [SAME_REQUEST] : same ? [samePolicyRequest(restJson)]
        : requestChunks(request, restJson, options.releasePolicy ?? false);
      this.requestBytes = chunks.reduce((n, c) => n + c.length, 0);
      const ptr = this.x.__new(this.requestBytes, ARRAY_BUFFER_ID);
      let at = 0;
      for (let c = chunks.shift(); c; c = chunks.shift()) { // each piece garbage once copied
        bytesAt(this.x.memory.buffer, ptr + at, c.length).set(c);
        at += c.length;
      }
      const result = JSON.parse(this.takeText(this.x.runPolicy(ptr))) as CoreRunResult;
      // (A policy whose items were let go cannot be sent again as the same.)
      if (!options.releasePolicy) this.lastPolicy = policy;
      this.lastRest = restJson;
      this.lastRequest = request;
      return result;
    } finally {
      this.host = null;
      host.runEnded?.();
    }
  }

  private runsSinceCollect = 0;
  /**
   * The policy object of the last run, which the core keeps parsed: the same object again is not
   * sent (an IR is not changed once made; a changed policy is a new object).
   */
  private lastPolicy: unknown = null;
  /** The last run's request without its policy, as JSON (null after a run that failed). */
  private lastRest: string | null = null;
  /**
   * The last run's request object: sent again, it is that request again, as a policy object is
   * (a request, like the IR, is not changed once sent; runRequest in host/api/runtime.ts).
   */
  private lastRequest: object | null = null;
  /** memoryBytes() after the last collection. */
  private bytesAtCollect = 0;

  /** The size of the core's memory in bytes (it grows, never shrinks): what a run has needed at most. */
  memoryBytes(): number {
    return this.x.memory.buffer.byteLength;
  }

  /**
   * The regex tester: what an editfiles command's pattern selects in `content` (whole lines,
   * ReplaceAll spans, …), computed by the core (engine/src/editfiles/probe.ts); JSON as there.
   */
  editfilesProbe(command: string, pattern: Uint8Array, content: Uint8Array): unknown {
    return this.withBytes([new TextEncoder().encode(command), pattern, content],
      ([c, p, t]) => this.x.editfilesProbe(c, p, t), out => JSON.parse(new TextDecoder().decode(this.take(out))));
  }

  /** The regex box: the pattern's syntax tree and its match in `subject` (engine/src/regex/explain.ts); JSON as there. */
  regexExplain(pattern: Uint8Array, subject: Uint8Array): unknown {
    return this.withBytes([pattern, subject], ([p, s]) => this.x.regexExplain(p, s),
      out => JSON.parse(new TextDecoder().decode(this.take(out))));
  }

  /** Tests only: false makes matching use the Pike VM alone (the DFAs are an optimisation). */
  regexUseDfa(on: boolean): void {
    this.x.regexUseDfa(on ? 1 : 0);
  }

  regexSearch(handle: number, subject: Uint8Array, from = 0): Match | null {
    const r = this.withBytes([subject], ([s]) => this.x.regexSearch(handle, s, from), x => x);
    if (r === -2n) throw new RegexBudgetError();
    if (r < 0n) return null;
    return { start: Number(r >> 32n), end: Number(r & 0xffffffffn) };
  }

  regexMatchesWhole(handle: number, subject: Uint8Array): boolean {
    const r = this.withBytes([subject], ([s]) => this.x.regexMatchesWhole(handle, s), x => x);
    if (r === -2) throw new RegexBudgetError();
    return r === 1;
  }

  /** How many lines of `text` match, whole-line (D2) or anywhere. */
  regexCountMatchingLines(handle: number, text: Uint8Array, whole: boolean): number {
    const n = this.withBytes([text], ([t]) => this.x.regexCountMatchingLines(handle, t, whole ? 1 : 0), x => x);
    if (n < 0) throw new RegexBudgetError();
    return n;
  }

  /** Replace-all (D20) on every line of `text`. */
  regexReplaceAllLines(handle: number, text: Uint8Array, replacement: Uint8Array): Uint8Array {
    const out = this.withBytes([text, replacement], ([t, r]) => this.x.regexReplaceAllLines(handle, t, r),
      ptr => (ptr ? this.take(ptr) : null));
    if (!out) throw new RegexBudgetError();
    return out;
  }

  /** A shortest line the pattern matches as a whole, found on its automaton; null if none is found. */
  regexShortestMatch(handle: number): Uint8Array | null {
    return this.withBytes([], () => this.x.regexShortestMatch(handle), ptr => (ptr ? this.take(ptr) : null));
  }

  regexReplaceAll(handle: number, subject: Uint8Array, replacement: Uint8Array): Uint8Array {
    const out = this.withBytes([subject, replacement], ([s, r]) => this.x.regexReplaceAll(handle, s, r),
      ptr => (ptr ? this.take(ptr) : null));
    if (!out) throw new RegexBudgetError();
    return out;
  }
}
