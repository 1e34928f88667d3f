/**
 * @fileoverview A small ustar writer and reader (files, directories, symbolic links; long names
 * through the prefix field or a pax header): enough for test cases, with bytes kept exactly.
 */
import { joinBytes } from '../../host/ir/policy-text.js';
export interface TarEntry {
  /** Relative path, '/'-separated, without a trailing slash. */
  path: string;
  type: 'file' | 'dir' | 'link';
  mode: number;
  bytes?: Uint8Array;
  target?: string;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function putString(block: Uint8Array, offset: number, length: number, s: string): void {
  const b = enc.encode(s);
  if (b.length > length) throw new Error(`tar: ${s}: longer than ${length} bytes`);
  block.set(b, offset);
}

function putOctal(block: Uint8Array, offset: number, length: number, n: number): void {
  putString(block, offset, length, `${n.toString(8).padStart(length - 1, '0')}\0`);
}

function header(name: string, e: { type: string; mode: number; size: number; target?: string }): Uint8Array {
  const h = new Uint8Array(512);
  let prefix = '';
  let base = name;
  if (enc.encode(name).length > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut <= 0 || enc.encode(name.slice(cut + 1)).length > 100) throw new Error(`tar: ${name}: name too long`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  putString(h, 0, 100, base);
  putOctal(h, 100, 8, e.mode);
  putOctal(h, 108, 8, 0);
  putOctal(h, 116, 8, 0);
  putOctal(h, 124, 12, e.size);
  putOctal(h, 136, 12, 0);
  h.fill(0x20, 148, 156);
  h[156] = e.type.charCodeAt(0);
  if (e.target) putString(h, 157, 100, e.target);
  putString(h, 257, 6, 'ustar');
  putString(h, 263, 2, '00');
  putString(h, 345, 155, prefix);
  const sum = h.reduce((a, b) => a + b, 0);
  putString(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

export function writeTar(entries: TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const size = e.type === 'file' ? e.bytes?.length ?? 0 : 0;
    const name = e.type === 'dir' ? `${e.path}/` : e.path;
    parts.push(header(name, { type: e.type === 'file' ? '0' : e.type === 'dir' ? '5' : '2', mode: e.mode, size, target: e.target }));
    if (size) {
      parts.push(e.bytes!);
      if (size % 512) parts.push(new Uint8Array(512 - (size % 512)));
    }
  }
  parts.push(new Uint8Array(1024));
  return joinBytes(parts);
}

const str = (b: Uint8Array, from: number, length: number) => {
  const s = b.subarray(from, from + length);
  const end = s.indexOf(0);
  return dec.decode(end < 0 ? s : s.subarray(0, end));
};
const octal = (b: Uint8Array, from: number, length: number) => parseInt(str(b, from, length).trim() || '0', 8);

export function readTar(tar: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  let pax: Record<string, string> = {};
  for (let at = 0; at + 512 <= tar.length;) {
    const h = tar.subarray(at, at + 512);
    if (h.every(b => b === 0)) break;
    const sum = octal(h, 148, 8);
    const check = h.reduce((a, b, i) => a + (i >= 148 && i < 156 ? 0x20 : b), 0);
    if (sum !== check) throw new Error(`not a tar file (bad header checksum at byte ${at})`);
    const size = octal(h, 124, 12);
    const type = String.fromCharCode(h[156] || 0x30);
    const body = tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      for (const m of dec.decode(body).matchAll(/\d+ ([^=]+)=([^\n]*)\n/g)) pax[m[1]] = m[2];
      continue;
    }
    if (type === 'g') continue;
    const prefix = str(h, 345, 155);
    let path = pax.path ?? (prefix ? `${prefix}/${str(h, 0, 100)}` : str(h, 0, 100));
    const target = pax.linkpath ?? str(h, 157, 100);
    pax = {};
    path = path.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!path) continue;
    const mode = octal(h, 100, 8) & 0o7777;
    if (type === '5') out.push({ path, type: 'dir', mode });
    else if (type === '2') out.push({ path, type: 'link', mode, target });
    else if (type === '0' || type === '7') out.push({ path, type: 'file', mode, bytes: body.slice() });
  }
  return out;
}
