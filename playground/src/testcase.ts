/**
 * @fileoverview Test cases in the conformance-case layout (policy.cf, args, before/ or EMPTY,
 * modes.before, after/, after2/, modes, modes2, exitcode, empty-dirs; `cfwasm test` runs them):
 * reading one into the playground's state and writing the state out as one. Every path of a
 * case lives under /sandbox.
 */
import { classList } from '../../host/api/facts.js';
import type { FileNode, PlaygroundState } from './state.js';
import { CASE_HOSTNAME, CASE_TIME } from './state.js';
import type { TarEntry } from './tar.js';

export const SANDBOX = '/sandbox';

/**
 * A copy of a case made without symbolic links keeps each link as a small file holding its
 * target (the rule of host/testing/cases.ts, which reads cases from disk for `cfwasm test`).
 */
const LINK_AS_FILE = /^(\/sandbox(\/[^\n\0]*)?|\.\.?\/[^\n\0]*)$/;

const latin1 = (b: Uint8Array) => Array.from(b, c => String.fromCharCode(c)).join('');
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b ?? new Uint8Array());

export interface LoadedCase {
  state: PlaygroundState;
  name: string;
}

/** A case from its files (paths relative to the case folder; a leading folder common to all is dropped). */
export function caseFromEntries(entries: TarEntry[]): LoadedCase {
  let list = entries.filter(e => e.path);
  let name = 'test case';
  const top = list[0]?.path.split('/')[0];
  if (top && !list.some(e => e.path === 'policy.cf') && list.every(e => e.path === top || e.path.startsWith(`${top}/`))) {
    name = top;
    list = list.filter(e => e.path !== top).map(e => ({ ...e, path: e.path.slice(top.length + 1) }));
  }
  const get = (p: string) => list.find(e => e.path === p && e.type === 'file');
  const policy = get('policy.cf');
  if (!policy) throw new Error(`no policy.cf in the test case (found: ${list.slice(0, 5).map(e => e.path).join(', ') || 'nothing'})`);
  const args = text(get('args')?.bytes).trim().split(/\s+/).filter(Boolean);
  const define: string[] = [];
  const negate: string[] = [];
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-D') define.push(...classList(args[++i] ?? ''));
    else if (args[i] === '-N') negate.push(...classList(args[++i] ?? ''));
    else if (args[i] === '-n') dryRun = true;
    else if (args[i].startsWith('-D')) define.push(...classList(args[i].slice(2)));
    else if (args[i].startsWith('-N')) negate.push(...classList(args[i].slice(2)));
  }
  // The sandbox root exists even when the case starts EMPTY.
  const files = new Map<string, FileNode>([[SANDBOX, { path: SANDBOX, type: 'dir', mode: 0o755 }]]);
  const addDirs = (rel: string) => {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const p = `${SANDBOX}/${parts.slice(0, i).join('/')}`;
      if (!files.has(p)) files.set(p, { path: p, type: 'dir', mode: 0o755 });
    }
  };
  for (const e of list) {
    if (!e.path.startsWith('before/')) continue;
    const rel = e.path.slice('before/'.length);
    const path = `${SANDBOX}/${rel}`;
    addDirs(rel);
    if (e.type === 'dir') files.set(path, { path, type: 'dir', mode: 0o755 });
    else if (e.type === 'link') files.set(path, { path, type: 'link', mode: 0o777, target: e.target });
    else {
      const bytes = e.bytes ?? new Uint8Array();
      const asText = latin1(bytes);
      if (bytes.length < 512 && LINK_AS_FILE.test(asText)) files.set(path, { path, type: 'link', mode: 0o777, target: asText });
      else files.set(path, { path, type: 'file', mode: 0o644, bytes });
    }
  }
  for (const line of text(get('empty-dirs')?.bytes).split('\n').map(s => s.trim())) {
    if (!line.startsWith('before/')) continue;
    const rel = line.slice('before/'.length);
    addDirs(`${rel}/x`);
  }
  for (const line of text(get('modes.before')?.bytes).split('\n')) {
    const m = /^([0-7]+)\s+(\/sandbox\/?.*?)\/?$/.exec(line.trim());
    const node = m && files.get(m[2].replace(/\/$/, ''));
    if (m && node) node.mode = parseInt(m[1], 8);
  }
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    name,
    state: {
      policy: text(policy.bytes),
      files: sorted,
      facts: { hostname: CASE_HOSTNAME, domain: '', now: CASE_TIME, define, negate },
      exec: {},
      dryRun,
    },
  };
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
    ...tree('after', after, emptyDirs),
    file('modes', modesFile(after)),
  ];
  if (!sameTree(after, after2)) out.push(...tree('after2', after2, emptyDirs), file('modes2', modesFile(after2)));
  if (exitCode !== 0) out.push(file('exitcode', `${exitCode}\n`));
  if (emptyDirs.length) out.push(file('empty-dirs', `${emptyDirs.join('\n')}\n`));
  return out.map(e => (e.path.startsWith(`${name}/`) || e.path === name ? e : { ...e, path: `${name}/${e.path}` }));
}
