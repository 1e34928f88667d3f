/**
 * A GET's reception in host/node/remote/session.ts (Session.fetch and receiveFile), in this process
 * against the scripted server (fake-server.ts): Stryker's round 17 run of its last lines left 81
 * mutants alive, no test having looked at what is sent with a GET, the exact words of each way a
 * transfer fails, a stream that falls quiet or trickles, the blocks that may be in-band errors and
 * file bytes that only look like them, nor what is left running after a GET.
 */
import { describe, expect, it } from 'vitest';
import { RemoteError } from '../../host/node/remote/session.js';
import type { FakeEntry, FakeScript } from './fake-server.js';
import { sessionsToFakes } from './fake-sessions.js';

const { open } = sessionsToFakes('cfwasm-session-tail-');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `n` digits from `from` on: file bytes no block of which starts with 'B' or 't'. */
const digits = (n: number, from = 0) => Buffer.from(Array.from({ length: n }, (_, i) => String((i + from) % 10)).join(''));
/** A transaction as the server frames it. */
function tx(body: string): Buffer {
  const header = Buffer.alloc(8);
  header.write(`t ${body.length}`, 'latin1');
  return Buffer.concat([header, Buffer.from(body, 'latin1')]);
}
/** The whole reply to a STAT of a file of `size` bytes, as fake-server.ts sends it. */
const statReply = (size: number) => Buffer.concat([tx(`OK: 0 420 0 0 0 ${size} 1 1 1 0 3 1 2049`), tx('OK:')]);
const file = (content: Buffer, size = content.length): FakeEntry => ({ type: 'file', ino: 3, content, size });
/** A script of one file, its GET answered by `get` if given. */
const one = (entry: FakeEntry | string, get?: FakeScript['get'], more: Partial<FakeScript> = {}): FakeScript =>
  ({ list: () => undefined, stat: () => entry, get, ...more });
/** fetch's sink: the bytes handed over, checked to come in order from 0. */
function collector(): { sink: (bytes: Uint8Array, at: number) => void; bytes: () => Buffer } {
  const parts: Buffer[] = [];
  let next = 0;
  return {
    sink: (bytes, at) => {
      expect(at).toBe(next);
      next += bytes.length;
      parts.push(Buffer.from(bytes));
    },
    bytes: () => Buffer.concat(parts),
  };
}
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('it succeeded'); }, (e: unknown) => {
  expect(e).toBeInstanceOf(RemoteError);
  return e as RemoteError;
});
const SHRANK = '(the file shrank while it was copied)';

describe('what a GET sends', () => {
  const content = digits(5000);

  it('fetch is not verified unless asked: the GET and its STAT, no MD5', async () => {
    const { s, fake } = await open(one(file(content)));
    const got = collector();
    await s.fetch('/f', content.length, got.sink);
    expect(got.bytes().equals(content)).toBe(true);
    expect(fake.requests).toEqual(['GET 2048 /f', expect.stringMatching(/^SYNCH \d+ STAT \/f$/)]);
  });

  it('the STAT sent with it gives this host\'s clock in seconds (the server refuses clocks an hour apart)', async () => {
    const { s, fake } = await open(one(file(content)));
    await s.get('/f', content.length);
    const sent = Number(/^SYNCH (\d+) STAT/.exec(fake.requests[1])![1]);
    expect(Math.abs(sent - Date.now() / 1000)).toBeLessThan(60);
  });

  it('into() is asked for the place of the bytes from `at` to the file\'s end, never past it', async () => {
    const { s } = await open(one(file(content)), { chop: 700 });
    const out = new Uint8Array(content.length);
    const asked: [number, number][] = [];
    await s.fetch('/f', content.length, (bytes, at) => { if (bytes.buffer !== out.buffer) out.set(bytes, at); }, false, (at, max) => {
      asked.push([at, max]);
      return out.subarray(at, at + max);
    });
    expect(Buffer.from(out).equals(content)).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
    for (const [at, max] of asked) expect(at + max).toBe(content.length);
  });
});

describe('the STAT read after the bytes', () => {
  const content = digits(3000);

  it('clocks too far apart: the server\'s failure as it is', async () => {
    const { s, where } = await open({ list: () => undefined, stat: () => 'BAD: unsynchronized clocks', get: (_p, send) => { send(content); } });
    const e = await failure(s.get('/f', content.length));
    expect(e.kind).toBe('server');
    expect(e.message).toBe(`the clocks of this host and ${where} differ by more than an hour; the server refuses copies by date`);
  });

  it('a number too large to be true: "denied" for the file, and the connection stays in step', async () => {
    const { s, where } = await open({ list: () => undefined, stat: (p) => (p === '/f' ? { ...file(content), reply: ['OK: 0 420 0 0 0 9007199254740993 1 1 1 0 3 1 1', 'OK:'] } : file(content)),
      get: (_p, send) => { send(content); } });
    const e = await failure(s.get('/f', content.length));
    expect(e.kind).toBe('denied');
    expect(e.message).toBe(`${where} sent a STAT of /f whose size is too large to be true (9007199254740992); refused`);
    expect(s.broken).toBe(false);
    expect(Buffer.from(await s.get('/g', content.length)).equals(content)).toBe(true);
  });
});

describe('a file that shrank while it was sent', () => {
  it('by fewer bytes than the STAT reply: part of the reply read as the file, the rest no reply: "sent fewer bytes"', async () => {
    // Shrank by 10 bytes (the header and "OK" taken as the file's) and by 8 (the header alone).
    for (const by of [10, 8]) {
      const { s, where } = await open(one(file(digits(5000 - by), 5000)));
      const e = await failure(s.get('/f', 5000));
      expect(e.kind).toBe('changed');
      expect(e.message).toBe(`${where} sent fewer bytes than its STAT gave ${SHRANK}`);
      expect(s.broken).toBe(true);
    }
  });

  it('the reply then quiet: "ended its reply after" the file\'s bytes, looked at once the stream is quiet (half the timeout)', async () => {
    // 300 bytes: fewer than the last bytes kept to look for the reply in.
    for (const left of [3000, 300]) {
      const { s, where } = await open(one(file(digits(left), 5000)), { timeout: 0.5 });
      const e = await failure(s.get('/f', 5000));
      expect(e.message).toBe(`${where} ended its reply after ${left} of the 5000 bytes its STAT gave ${SHRANK}`);
      expect(e.kind).toBe('changed');
      expect(s.broken).toBe(true);
    }
  });

  it('to nothing: the reply alone, held as a block that may be an error, is seen as the end: after 0 bytes', async () => {
    const { s, where } = await open(one(file(Buffer.alloc(0), 5000)), { timeout: 0.5 });
    const e = await failure(s.get('/f', 5000));
    expect(e.message).toBe(`${where} ended its reply after 0 of the 5000 bytes its STAT gave ${SHRANK}`);
  });

  it('the connection lost after part of the file: "the transfer stopped", with how far it got', async () => {
    const { s, where } = await open(one(file(digits(5000)), (_p, send, socket) => {
      send(digits(3000));
      socket.end();
      return new Promise(() => {});
    }));
    const e = await failure(s.get('/f', 5000));
    expect(e.kind).toBe('server');
    expect(e.message).toBe(`the transfer of /f stopped after 3000 of 5000 bytes: the connection to ${where} was lost`);
  });

  it('the connection lost after part of the file and the STAT\'s reply: the file shrank', async () => {
    const { s, where } = await open(one(file(digits(5000)), (_p, send, socket) => {
      send(Buffer.concat([digits(3000), statReply(3000)]));
      socket.end();
      return new Promise(() => {});
    }));
    const e = await failure(s.get('/f', 5000));
    expect(e.kind).toBe('changed');
    expect(e.message).toBe(`${where} sent fewer bytes than its STAT gave ${SHRANK}`);
  });
});

describe('a file that grew', () => {
  it('surplus bytes that are no header: "sent more", even where the file\'s last bytes hold a header', async () => {
    // `t 5` in the last 64 bytes, and a whole header with OK 100 bytes before the end.
    const tails = [Buffer.from('the last words: t 5 then more'), Buffer.concat([Buffer.from('t 12\0\0\0\0OK'), digits(100)])];
    for (const last of tails) {
      const content = Buffer.concat([digits(3000), last]);
      const { s, where } = await open(one(file(content), (_p, send) => { send(Buffer.concat([content, Buffer.from('surplus bytes that are no header')])); }));
      const e = await failure(s.get('/f', content.length));
      expect(e.message).toBe(`${where} sent more than the ${content.length} bytes its STAT gave (the file grew while it was copied)`);
    }
  });
});

describe('pauses in the stream', () => {
  it('quiet for longer than a second without a reply at the end: waited for, the file whole', async () => {
    const content = digits(5000);
    const { s } = await open(one(file(content), async (_p, send) => {
      send(content.subarray(0, 3000));
      await sleep(1400);
      send(content.subarray(3000));
    }));
    expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
  });

  it('file bytes that end like a STAT reply, followed within a second: the quiet counts from the last bytes, not the first', async () => {
    // Pieces at 0, 650 and 1325 ms: the first quiet check (1 s after the first piece) finds the
    // last bytes 350 ms old, and looks again 1 s after them, when the rest has come.
    const content = Buffer.concat([digits(1000), digits(300), tx('BAD: no such file'), digits(2000)]);
    const cut = 1300 + tx('BAD: no such file').length;
    const { s } = await open(one(file(content), async (_p, send) => {
      send(content.subarray(0, 1000));
      await sleep(650);
      send(content.subarray(1000, cut));
      await sleep(675);
      send(content.subarray(cut));
    }));
    // Read into place (the bytes at 650 ms wait there unseen until the check), and copied (seen at once).
    expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
    const got = collector();
    await s.fetch('/f', content.length, got.sink);
    expect(got.bytes().equals(content)).toBe(true);
  });

  it('the deadline: the timeout plus a second per minRate bytes; a transfer longer than the timeout within it ends', async () => {
    const content = digits(4096);
    // 4,096 bytes at 2 KB/s, timeout 1 s: 3 s in all. Four pieces 500 ms apart: 1.5 s.
    const { s } = await open(one(file(content), async (_p, send) => {
      for (let at = 0; at < content.length; at += 1024) {
        if (at) await sleep(500);
        send(content.subarray(at, at + 1024));
      }
    }), { timeout: 1, minRate: 2048 });
    expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
  });

  it('a server that trickles past the deadline: "too slow", saying the limits', async () => {
    const content = digits(4096);
    let stop = false;
    const { s, where } = await open(one(file(content), async (_p, send) => {
      for (let at = 0; at < content.length && !stop; at += 256) {
        if (at) await sleep(300);
        send(content.subarray(at, at + 256));
      }
    }), { timeout: 1, minRate: 2048 });
    const e = await failure(s.get('/f', content.length));
    stop = true;
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(new RegExp(`^the transfer of /f stopped after \\d+ of 4096 bytes: ${where.replace(/\./g, '\\.')} is too slow: ` +
      'the transfer did not end in its time \\(1 s and 1 s per 2 KB\\)$'));
    expect(Number(/after (\d+) of/.exec(e.message)![1])).toBeLessThan(4096);
  });
});

describe('blocks that may be in-band errors', () => {
  const CHANGED = 'BAD: File changed while copying';

  it('"File changed" in place of a block, the bytes in pieces of 1000: "changed", with or without a place to read into', async () => {
    const content = digits(5000);
    const script = one(file(content), (_p, send) => { send(Buffer.concat([content.subarray(0, 2048), Buffer.from(`${CHANGED} (more words)`)])); });
    for (const into of [false, true]) {
      const { s, where } = await open(script, { chop: 1000 });
      const e = await failure(into ? s.get('/f', content.length) : s.fetch('/f', content.length, collector().sink));
      expect(e.kind).toBe('changed');
      expect(e.message).toBe(`it changed on ${where} while it was being copied`);
      expect(s.broken).toBe(true);
    }
  });

  it('a refusal\'s words without "BAD:" and the blanks after it', async () => {
    const { s, where } = await open(one(file(digits(5000)), (_p, send) => { send(Buffer.concat([Buffer.from('BAD:  \tnot for you'), Buffer.alloc(2048 - 18)])); }));
    const e = await failure(s.get('/f', 5000));
    expect(e.kind).toBe('denied');
    expect(e.message).toBe(`refused by ${where} (GET): not for you`);
  });

  it('file bytes that only look like one: a file starting with B, blocks starting "BAD: " or with a header in them, a last short block: the bytes', async () => {
    const block = (head: string, size = 2048) => Buffer.concat([Buffer.from(head, 'latin1'), digits(size - head.length)]);
    const content = Buffer.concat([block('Bonjour'), block('BAD: not an error at 2048'), block('Bt 12\0\0\0\0BAD: x'), block('Bye', 100)]);
    expect(content.length).toBe(3 * 2048 + 100);
    for (const chop of [undefined, 5, 1000]) {
      const { s } = await open(one(file(content)), { chop });
      expect(Buffer.from(await s.get('/f', content.length)).equals(content), `get, chop ${chop}`).toBe(true);
      const got = collector();
      await s.fetch('/f', content.length, got.sink);
      expect(got.bytes().equals(content), `fetch, chop ${chop}`).toBe(true);
    }
  });

  it('the file\'s last bytes and its STAT\'s reply in one write: the reply is not taken for the file', async () => {
    const content = digits(3000);
    let gets = 0;
    const { s } = await open(one(file(content), async (_p, send) => {
      gets++;
      send(content.subarray(0, 1000));
      await sleep(50);
      send(Buffer.concat([content.subarray(1000), statReply(content.length)]));
    }, {
      // The STAT sent with the GET is answered already: held.
      pause: (r) => (r.startsWith('SYNCH') && gets > 0 ? new Promise(() => {}) : undefined),
    }), { timeout: 1 });
    const got = collector();
    await s.fetch('/f', content.length, got.sink);
    expect(got.bytes().equals(content)).toBe(true);
  });
});

describe('what a GET leaves running', () => {
  it('no timer of its own once it has ended (the quiet watch is cleared)', async () => {
    const content = digits(20000);
    const { s } = await open(one(file(content)), { chop: 1500 });
    const made = await timersDuring(async () => {
      expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
      const got = collector();
      await s.fetch('/f', content.length, got.sink);
      expect(got.bytes().equals(content)).toBe(true);
    });
    expect(made.length).toBeGreaterThan(0);
    // Unreferenced ones (the connection's idle timer) keep nothing alive; none other is left.
    expect(made.filter((r) => !r.done && r.t.hasRef())).toEqual([]);
  });

  it('a stall of 2.5 s with no reply at the end: the quiet watch looks once a quiet period, not every millisecond', async () => {
    // It looked every millisecond once the stream had been quiet for a second (≈1,100 timers a
    // second of stall, 15,000 wake-ups until a 30 s idle limit).
    const content = digits(5000);
    const { s } = await open(one(file(content), async (_p, send) => {
      send(content.subarray(0, 3000));
      await sleep(2500);
      send(content.subarray(3000));
    }));
    const made = await timersDuring(async () => {
      expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
    });
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(20);
  });
});

/**
 * The timers armed while `run` runs, each with whether it has fired or been cleared since: counted
 * here rather than process-wide (other tests' timers share the process under Stryker).
 */
async function timersDuring(run: () => Promise<void>): Promise<{ t: NodeJS.Timeout; done: boolean }[]> {
  const made: { t: NodeJS.Timeout; done: boolean }[] = [];
  const set = globalThis.setTimeout;
  const clear = globalThis.clearTimeout;
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const r = { t: undefined as unknown as NodeJS.Timeout, done: false };
    r.t = set(() => { r.done = true; fn(...args); }, ms);
    made.push(r);
    return r.t;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((t?: NodeJS.Timeout) => {
    for (const r of made) if (r.t === t) r.done = true;
    clear(t);
  }) as typeof clearTimeout;
  try {
    await run();
  } finally {
    globalThis.setTimeout = set;
    globalThis.clearTimeout = clear;
  }
  return made;
}
