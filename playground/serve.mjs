// Serves playground/dist on http://127.0.0.1:PORT (default 8080; --port N or $PORT; 0 picks a
// free port) and prints the URL. A static server and nothing more: the page needs no server code.
// Compressed (gzip, when the browser takes it), with an ETag on every file so the second worker's
// fetch of the core is answered 304 from the first one's download, and no request can stop it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.png': 'image/png', '.json': 'application/json', '.svg': 'image/svg+xml',
};
/** Worth compressing (a PNG is compressed already). */
const COMPRESS = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg']);

/** Compressed bodies, by file and version (its ETag): each file is compressed once. */
const gzipped = new Map();

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Starts a server for `dir`; resolves to { server, url }. */
export function serve(dir, port = 8080) {
  const root = normalize(dir);
  const handle = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'only GET and HEAD\n');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(res, 400, 'bad request: the path is not a valid URL\n');
    }
    if (path.includes('\0')) return send(res, 400, 'bad request: NUL in the path\n');
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden\n');
    let info;
    try {
      info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
    } catch {
      return send(res, 404, `not found: ${path}\n`);
    }
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    const ext = extname(file);
    const zip = COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // Kept, but asked again each time (a rebuild shows at once); unchanged: 304 and no body.
      'cache-control': 'no-cache',
      etag: zip ? `${etag.slice(0, -1)}-gz"` : etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    };
    if (req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    let body = await readFile(file);
    if (zip) {
      const key = `${file}\0${etag}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(err => {
      // Whatever went wrong, this request gets an answer and the server goes on.
      if (!res.headersSent) send(res, 500, `error: ${err.message}\n`);
      else res.destroy();
    });
  });
  server.on('clientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port ${i > 0 ? process.argv[i + 1] : process.env.PORT}`);
    process.exit(2);
  }
  if (process.argv.includes('--build')) {
    const { buildPlayground } = await import('./build.mjs');
    await buildPlayground();
  }
  const dist = fileURLToPath(new URL('dist', import.meta.url));
  try {
    const { url } = await serve(dist, port);
    console.log(`playground: serving ${dist} on ${url} (Ctrl-C stops)`);
  } catch (err) {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${err.message}`);
    process.exit(1);
  }
}
