/**
 * @fileoverview The share link: the whole state as JSON (file contents in base64, so bytes stay
 * exact), deflated with the browser's CompressionStream, in base64url in the URL fragment.
 */
import type { PlaygroundState } from './state.js';

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

export async function decodeState(fragment: string): Promise<PlaygroundState> {
  const b64 = fragment.replaceAll('-', '+').replaceAll('_', '/');
  const packed = unbase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const json = JSON.parse(new TextDecoder().decode(await through(packed, new DecompressionStream('deflate-raw'))));
  if (json.v !== 1) throw new Error(`share link of an unknown version (${json.v})`);
  delete json.v;
  json.files = json.files.map((f: { bytes?: string }) => ({ ...f, bytes: f.bytes !== undefined ? unbase64(f.bytes) : undefined }));
  return json as PlaygroundState;
}
