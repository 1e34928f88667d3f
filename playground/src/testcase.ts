/**
 * @fileoverview Test cases in the conformance-case layout (policy.cf, args, before/ or EMPTY,
 * modes.before, after/, after2/, modes, modes2, exitcode, empty-dirs; `cfwasm test` runs them):
 * the playground's state from a case (read in the worker by host/testing/cases.ts, the code
 * `cfwasm test` reads cases with) and the state written out as one. Every path of a case lives
 * under /sandbox.
 */
import type { ConformanceCase, Entry } from '../../host/testing/cases.js';
import type { FileTimes } from '../../host/api/browser.js';
import type { FileNode, PlaygroundState } from './state.js';
import { CASE_HOSTNAME, CASE_TIME } from './state.js';
import type { TarEntry } from './tar.js';

export const SANDBOX = '/sandbox';

/** The files of a case, relative to its folder (a leading folder common to all is its name). */
export function caseFolder(entries: TarEntry[]): { name: string; entries: TarEntry[] } {
  let list = entries.filter(e => e.path && !e.path.startsWith('/') && !e.path.split('/').includes('..'));
  let name = 'test-case';
  const top = list[0]?.path.split('/')[0];
  if (top && !list.some(e => e.path === 'policy.cf') && list.every(e => e.path === top || e.path.startsWith(`${top}/`))) {
    name = top;
    list = list.filter(e => e.path !== top).map(e => ({ ...e, path: e.path.slice(top.length + 1) }));
  }
  if (!list.some(e => e.path === 'policy.cf' && e.type === 'file')) {
    throw new Error(`no policy.cf in the test case (found: ${list.slice(0, 5).map(e => e.path).join(', ') || 'nothing'})`);
  }
  return { name, entries: list };
}

const bytesOfEntry = (e: Entry): Uint8Array | undefined => (e.type === 'file' ? new Uint8Array(e.content) : undefined);

/** The playground's state for a case read by host/testing/cases.ts (as `cfwasm test` runs it). */
export function stateFromCase(c: ConformanceCase): PlaygroundState {
  const files: FileNode[] = [{ path: SANDBOX, type: 'dir', mode: 0o755 }];
  for (const [rel, e] of [...c.before].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = `${SANDBOX}/${rel}`;
    const mode = c.modesBefore.get(rel) ?? (e.type === 'dir' ? 0o755 : e.type === 'link' ? 0o777 : 0o644);
    files.push({ path, type: e.type, mode, ...(e.type === 'file' ? { bytes: bytesOfEntry(e) } : {}), ...(e.type === 'link' ? { target: e.target } : {}) });
  }
  const host = c.host ?? {};
  const now = host.now ?? CASE_TIME;
  for (const f of files) {
    // A time that is the run's clock is what the page gives a path anyway (hostOf writes them all).
    const t = Object.entries(host.times?.[f.path.slice(SANDBOX.length + 1)] ?? {}).filter(([, v]) => v !== now);
    if (t.length) f.times = Object.fromEntries(t);
  }
  return {
    policy: c.policy, files, exec: { ...host.exec }, dryRun: c.dryRun,
    facts: { hostname: host.hostname ?? CASE_HOSTNAME, domain: host.domain ?? '', now, define: [...c.define], negate: [...c.negate], ...(host.os ? { os: host.os } : {}) },
  };
}

/** A case with the opened case's expectations and the page's current policy, files and classes. */
export function caseFromState(state: PlaygroundState, expected: ConformanceCase, toContent: (b: Uint8Array) => Entry & { type: 'file' }): ConformanceCase {
  const before: ConformanceCase['before'] = new Map();
  const modesBefore = new Map<string, number>();
  for (const f of state.files) {
    if (!f.path.startsWith(`${SANDBOX}/`)) continue;
    const rel = f.path.slice(SANDBOX.length + 1);
    before.set(rel, f.type === 'file' ? toContent(f.bytes ?? new Uint8Array()) : f.type === 'dir' ? { type: 'dir' } : { type: 'link', target: f.target ?? '' });
    if (f.type !== 'link') modesBefore.set(rel, f.mode);
  }
  // A case opened without host.json and given no command answers here is checked as it is on disk.
  const host = expected.host === null && Object.keys(state.exec).length === 0 ? null : hostOf(state);
  return { ...expected, policy: state.policy, define: state.facts.define, negate: state.facts.negate, dryRun: state.dryRun, before, modesBefore, host };
}

/**
 * The state's host facts, system, command answers and the times of the files under /sandbox, as a
 * case's host.json holds them. Every path gets its times (a time not set is the run's clock, as in
 * the page): `cfwasm test` would stage them in 2001 otherwise.
 */
export function hostOf(state: PlaygroundState): NonNullable<ConformanceCase['host']> {
  const { hostname, domain, now, os } = state.facts;
  const times: Record<string, FileTimes> = {};
  for (const f of state.files) {
    if (!f.path.startsWith(`${SANDBOX}/`) || f.type === 'link') continue;
    times[f.path.slice(SANDBOX.length + 1)] = { atime: f.times?.atime ?? now, mtime: f.times?.mtime ?? now, ctime: f.times?.ctime ?? now };
  }
  return { hostname, domain, now, ...(os ? { os } : {}), exec: state.exec, ...(Object.keys(times).length ? { times } : {}) };
}

/** Paths the state uses outside /sandbox, by their first component ('/etc'), longest first. */
function topDirs(files: FileNode[]): string[] {
  return [...new Set(files.filter(f => !f.path.startsWith(`${SANDBOX}/`) && f.path !== SANDBOX)
    .map(f => `/${f.path.split('/')[1]}`))].sort((a, b) => b.length - a.length);
}

/**
 * The state moved under /sandbox, as a case needs: file paths, absolute link targets, and the
 * policy's paths that start with a top directory the files use (`/etc/…` → `/sandbox/etc/…`).
 * Returns the rewritten state and the directories moved.
 */
export function underSandbox(state: PlaygroundState): { state: PlaygroundState; moved: string[] } {
  const moved = topDirs(state.files);
  if (moved.length === 0) return { state, moved };
  const move = (p: string) => (moved.some(d => p === d || p.startsWith(`${d}/`)) ? `${SANDBOX}${p}` : p);
  const escaped = moved.map(d => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const inPolicy = new RegExp(`(^|[\\s"'(=,])(${escaped})(?=[/\\s"'),]|$)`, 'gm');
  const files: FileNode[] = [{ path: SANDBOX, type: 'dir', mode: 0o755 }, ...state.files.map(f => ({
    ...f, path: move(f.path), ...(f.type === 'link' && f.target?.startsWith('/') ? { target: move(f.target) } : {}),
  }))];
  return { state: { ...state, files, policy: state.policy.replace(inPolicy, `$1${SANDBOX}$2`) }, moved };
}

const rel = (p: string) => p.slice(SANDBOX.length + 1);

function tree(prefix: string, nodes: FileNode[], emptyDirs: string[]): TarEntry[] {
  const inside = nodes.filter(f => f.path.startsWith(`${SANDBOX}/`));
  for (const d of inside.filter(f => f.type === 'dir')) {
    if (!inside.some(f => f.path.startsWith(`${d.path}/`))) emptyDirs.push(`${prefix}/${rel(d.path)}`);
  }
  return [{ path: prefix, type: 'dir', mode: 0o755 }, ...inside.map(f => ({
    path: `${prefix}/${rel(f.path)}`, type: f.type, mode: f.type === 'link' ? 0o777 : f.mode & 0o7777,
    ...(f.type === 'file' ? { bytes: f.bytes } : {}), ...(f.type === 'link' ? { target: f.target } : {}),
  }))];
}

function modesFile(nodes: FileNode[]): Uint8Array {
  const lines = nodes.filter(f => f.path.startsWith(`${SANDBOX}/`) && f.type !== 'link')
    .map(f => `${(f.mode & 0o7777).toString(8).padStart(4, '0')} ${f.path}${f.type === 'dir' ? '/' : ''}\n`);
  return new TextEncoder().encode(lines.join(''));
}

function sameTree(a: FileNode[], b: FileNode[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return x.path === y.path && x.type === y.type && x.mode === y.mode && x.target === y.target &&
      (x.bytes === y.bytes || (x.bytes?.length === y.bytes?.length && x.bytes!.every((v, j) => v === y.bytes![j])));
  });
}

/** The case's files (for a .tar) from a state under /sandbox and the trees of its two runs (applied, never a dry run). */
export function caseEntries(name: string, state: PlaygroundState, after: FileNode[], after2: FileNode[], exitCode: number): TarEntry[] {
  const file = (path: string, content: string | Uint8Array): TarEntry => ({
    path: `${name}/${path}`, type: 'file', mode: 0o644, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  });
  const emptyDirs: string[] = [];
  const args = [
    ...(state.facts.define.length ? ['-D', state.facts.define.join(',')] : []),
    ...(state.facts.negate.length ? ['-N', state.facts.negate.join(',')] : []),
  ];
  const before = state.files.filter(f => f.path.startsWith(`${SANDBOX}/`));
  const out: TarEntry[] = [
    { path: name, type: 'dir', mode: 0o755 },
    file('policy.cf', state.policy),
    ...(args.length ? [file('args', `${args.join(' ')}\n`)] : []),
    ...(before.length ? tree('before', before, emptyDirs) : [file('EMPTY', '')]),
    file('modes.before', modesFile(before)),
    // The host facts and command answers: `cfwasm test` runs the case as the page did.
    file('host.json', `${JSON.stringify(hostOf(state), null, 2)}\n`),
    ...tree('after', after, emptyDirs),
    file('modes', modesFile(after)),
  ];
  if (!sameTree(after, after2)) out.push(...tree('after2', after2, emptyDirs), file('modes2', modesFile(after2)));
  if (exitCode !== 0) out.push(file('exitcode', `${exitCode}\n`));
  if (emptyDirs.length) out.push(file('empty-dirs', `${emptyDirs.join('\n')}\n`));
  return out.map(e => (e.path.startsWith(`${name}/`) || e.path === name ? e : { ...e, path: `${name}/${e.path}` }));
}
