/**
 * @fileoverview The share link: the whole state as JSON (file contents in base64, so bytes stay
 * exact), deflated with the browser's CompressionStream, in base64url in the URL fragment.
 */
import type { FileNode, PlaygroundState } from './state.js';
import { OS_PRESETS } from '../../host/api/facts.js';

/** Past this many characters a link is refused (chat programs and servers cut longer URLs). */
export const MAX_LINK = 60_000;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function unbase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({
    v: 1, ...state,
    files: state.files.map(f => ({ ...f, bytes: f.bytes ? base64(f.bytes) : undefined })),
  });
  const packed = await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return base64(packed).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** What a link's JSON must be: checked before anything uses it (a number as the policy froze the tab). */
function checkState(json: unknown): PlaygroundState {
  const fail = (where: string, what: string, got: unknown): never => {
    const kind = got === undefined ? 'missing' : got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got === 'object' ? 'an object' : `a ${typeof got}`;
    throw new Error(`${where} must be ${what} (it is ${kind})`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const str = (v: unknown, where: string) => (typeof v === 'string' ? v : fail(where, 'a string', v));
  const int = (v: unknown, where: string) => (typeof v === 'number' && Number.isInteger(v) ? v : fail(where, 'a whole number', v));
  const strings = (v: unknown, where: string) => (Array.isArray(v) ? v.map((x, i) => str(x, `${where}[${i}]`)) : fail(where, 'a list of strings', v));
  if (!isObject(json)) return fail('the state', 'an object', json);
  if (json.v !== 1) throw new Error(`share link of an unknown version (${JSON.stringify(json.v)})`);
  const policy = str(json.policy, 'policy');
  const facts = isObject(json.facts) ? json.facts : fail('facts', 'an object', json.facts);
  if (!Array.isArray(json.files)) fail('files', 'a list', json.files);
  const exec = isObject(json.exec) ? json.exec : fail('exec', 'an object', json.exec);
  if (typeof json.dryRun !== 'boolean') fail('dryRun', 'true or false', json.dryRun);
  return {
    policy,
    dryRun: json.dryRun as boolean,
    facts: {
      hostname: str(facts.hostname, 'facts.hostname'), domain: str(facts.domain, 'facts.domain'),
      now: typeof facts.now === 'number' && Number.isFinite(facts.now) ? facts.now : fail('facts.now', 'a number of seconds', facts.now),
      define: strings(facts.define, 'facts.define'), negate: strings(facts.negate, 'facts.negate'),
      ...(facts.os === undefined ? {} : { os: typeof facts.os === 'string' && Object.hasOwn(OS_PRESETS, facts.os) ? facts.os : fail('facts.os', `one of ${Object.keys(OS_PRESETS).join(', ')}`, facts.os) }),
    },
    exec: Object.fromEntries(Object.entries(exec).map(([command, e]) => {
      const entry = isObject(e) ? e : fail(`exec[${JSON.stringify(command)}]`, 'an object', e);
      return [command, { status: int(entry.status, `exec[${JSON.stringify(command)}].status`), output: str(entry.output, `exec[${JSON.stringify(command)}].output`) }];
    })),
    files: (json.files as unknown[]).map((f, i) => {
      const where = `files[${i}]`;
      const node = isObject(f) ? f : fail(where, 'an object', f);
      const path = str(node.path, `${where}.path`);
      if (!path.startsWith('/') || path.split('/').some(p => p === '..')) throw new Error(`${where}.path must be an absolute path without .. (it is ${JSON.stringify(path)})`);
      const type = node.type === 'file' || node.type === 'dir' || node.type === 'link' ? node.type : fail(`${where}.type`, '"file", "dir" or "link"', node.type);
      const out: FileNode = { path, type, mode: int(node.mode, `${where}.mode`) & 0o7777 };
      if (type === 'file') {
        const b64 = node.bytes === undefined ? '' : str(node.bytes, `${where}.bytes`);
        try {
          out.bytes = unbase64(b64);
        } catch {
          throw new Error(`${where}.bytes must be base64`);
        }
      }
      if (type === 'link') out.target = str(node.target, `${where}.target`);
      if (node.times !== undefined) {
        const t = isObject(node.times) ? node.times : fail(`${where}.times`, 'an object { atime?, mtime?, ctime? }', node.times);
        out.times = {};
        for (const [k, v] of Object.entries(t)) {
          if (k !== 'atime' && k !== 'mtime' && k !== 'ctime') throw new Error(`${where}.times.${k} is not a time (atime, mtime or ctime)`);
          out.times[k] = typeof v === 'number' && Number.isFinite(v) ? v : fail(`${where}.times.${k}`, 'a number of seconds', v);
        }
      }
      return out;
    }),
  };
}

export async function decodeState(fragment: string): Promise<PlaygroundState> {
  let json: unknown;
  try {
    const b64 = fragment.replaceAll('-', '+').replaceAll('_', '/');
    const packed = unbase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    json = JSON.parse(new TextDecoder().decode(await through(packed, new DecompressionStream('deflate-raw'))));
  } catch {
    throw new Error('it is cut short or damaged (not a compressed state)');
  }
  return checkState(json);
}
