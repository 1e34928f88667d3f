/**
 * playground/serve.mjs: answers any request (a malformed URL gets 400 and the server goes on),
 * compresses with the right headers, and answers an unchanged file 304 (the second worker's fetch
 * of the core is served from the first one's download).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// @ts-expect-error: plain JavaScript module of the playground
import { serve } from '../../playground/serve.mjs';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw request: the path is sent as it is, not normalised by a URL parser. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, res => {
      const chunks: Buffer[] = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve.mjs', () => {
  let dir: string;
  let server: Server;
  let port: number;
  const js = 'console.log("the page");\n'.repeat(2000);
  const wasm = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(50_000, 7)]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cfwasm-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'main.js'), js);
    writeFileSync(join(dir, 'cfwasm.wasm'), wasm);
    mkdirSync(join(dir, 'sub'));
    const s = await serve(dir, 0) as { server: Server; url: string };
    server = s.server;
    port = Number(new URL(s.url).port);
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a malformed URL with 400 and goes on serving', async () => {
    for (const bad of ['/%E0%A4%A', '/%', '/%ZZ', '/a%00b']) expect((await get(port, bad)).status).toBe(400);
    expect((await get(port, '/index.html')).status).toBe(200);
    expect((await get(port, '/../../etc/passwd')).status).not.toBe(200);
    expect((await get(port, '/sub')).status).toBe(404);
    expect((await get(port, '/index.html', {}, 'POST')).status).toBe(405);
  });

  it('compresses with gzip when asked, with the encoding, the length and Vary', async () => {
    const plain = await get(port, '/main.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    const zipped = await get(port, '/main.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(js.length / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(js);
    const core = await get(port, '/cfwasm.wasm', { 'accept-encoding': 'gzip' });
    expect(core.headers['content-type']).toBe('application/wasm');
    expect(gunzipSync(core.body)).toEqual(wasm);
  });

  it('answers an unchanged file 304 with no body (one download for both workers)', async () => {
    const first = await get(port, '/cfwasm.wasm', { 'accept-encoding': 'gzip' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    const again = await get(port, '/cfwasm.wasm', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The plain and the compressed body are different representations: different tags.
    expect(String((await get(port, '/cfwasm.wasm')).headers.etag)).not.toBe(etag);
  });
});
