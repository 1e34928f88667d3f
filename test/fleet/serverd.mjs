/**
 * @fileoverview A real cf-serverd (Debian's cfengine3, CFEngine 3.21) for the tests: its own
 * scratch work directory (CFENGINE_TEST_OVERRIDE_WORKDIR, with `bin -> /usr/bin`, without which
 * it silently serves a failsafe policy on 5308), its own key, on 127.0.0.1 and a free high port,
 * unprivileged paths only; stopped by its PID.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { join } from 'node:path';

export const CF_SERVERD = '/usr/bin/cf-serverd';
export const haveServerd = fs.existsSync(CF_SERVERD) && fs.existsSync('/usr/bin/cf-key');
/** Printed by suites that skip because the server is missing (never a silent pass). */
export const SKIP_REASON = 'cf-serverd is not installed (apt-get install cfengine3): the tests against a real server are skipped';

/**
 * @typedef {object} ServerdOptions
 * @property {string[]} admit directories (or files) clients may copy
 * @property {boolean} [trustClients] learn clients' keys on first contact (default true)
 * @property {string} [workdir] use this work directory (keeps the key between a stop and a start)
 * @property {(port: number) => string} [policy] the server's whole policy instead of the one made from `admit`
 */

/** @returns {Promise<number>} */
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<boolean>} */
function listening(port) {
  return new Promise((resolve) => {
    const c = net.connect({ host: '127.0.0.1', port });
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });
}

export class Serverd {
  child = null;

  /** What the server said (its log file: a pipe nobody reads while a test waits would stall it). */
  get log() {
    try {
      return fs.readFileSync(join(this.workdir, 'serverd.log'), 'utf8');
    } catch {
      return '';
    }
  }

  constructor(workdir, port, options) {
    this.workdir = workdir;
    this.port = port;
    this.options = options;
  }

  /** @param {ServerdOptions} options @returns {Promise<Serverd>} */
  static async start(options) {
    const workdir = options.workdir ?? fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-serverd-'));
    const s = new Serverd(workdir, await freePort(), options);
    s.prepare();
    await s.launch();
    return s;
  }

  get env() {
    return { ...process.env, CFENGINE_TEST_OVERRIDE_WORKDIR: this.workdir };
  }

  get pid() {
    return this.child?.pid ?? -1;
  }

  /** The server's own key, PKCS#1 PEM. */
  get publicKeyPath() {
    return join(this.workdir, 'ppkeys', 'localhost.pub');
  }

  prepare() {
    fs.mkdirSync(join(this.workdir, 'inputs'), { recursive: true });
    fs.mkdirSync(join(this.workdir, 'state'), { recursive: true });
    if (!fs.existsSync(join(this.workdir, 'bin'))) fs.symlinkSync('/usr/bin', join(this.workdir, 'bin'));
    if (!fs.existsSync(this.publicKeyPath)) execFileSync('/usr/bin/cf-key', [], { env: this.env, stdio: 'ignore' });
    const user = os.userInfo().username;
    const admit = this.options.admit.map(p => `    "${p}" admit => { "127.0.0.1" };`).join('\n');
    const policy = `body common control { bundlesequence => { "main" }; }
bundle agent main { }
body server control {
  port => "${this.port}";
  bindtointerface => "127.0.0.1";
  allowconnects => { "127.0.0.1" };
  allowallconnects => { "127.0.0.1" };
  ${this.options.trustClients === false ? '' : 'trustkeysfrom => { "127.0.0.1" };'}
  allowusers => { "${user}" };
}
bundle server access_rules {
  access:
${admit}
}
`;
    fs.writeFileSync(join(this.workdir, 'inputs', 'promises.cf'), this.options.policy?.(this.port) ?? policy, { mode: 0o600 });
  }

  async launch() {
    // A server that was stopped a moment ago still holds its run lock: a new one would exit
    // at once, silently. The lock database is the server's own scratch state.
    for (const name of fs.readdirSync(join(this.workdir, 'state'), { withFileTypes: true })) {
      if (name.name.startsWith('cf_lock.lmdb')) fs.rmSync(join(this.workdir, 'state', name.name));
    }
    const out = fs.openSync(join(this.workdir, 'serverd.log'), 'w');
    this.child = spawn(CF_SERVERD, ['-F', '-I'], { env: this.env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    for (let i = 0; i < 150; i++) {
      if (await listening(this.port)) return;
      if (this.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    this.stop();
    throw new Error(`cf-serverd did not start on 127.0.0.1:${this.port}:\n${this.log}`);
  }

  /**
   * Where the server is reading `path`: its descriptor's offset in /proc, or -1 if it does not
   * have the file open. @param {string} path @returns {number}
   */
  position(path) {
    for (const fdName of fs.readdirSync(`/proc/${this.pid}/fd`)) {
      try {
        if (fs.readlinkSync(`/proc/${this.pid}/fd/${fdName}`) !== path) continue;
        return Number(/pos:\s+(\d+)/.exec(fs.readFileSync(`/proc/${this.pid}/fdinfo/${fdName}`, 'utf8'))?.[1] ?? 0);
      } catch { /* the descriptor closed meanwhile */ }
    }
    return -1;
  }

  /**
   * Waits (up to `seconds`) until the server is reading `path` at a position `when` accepts (its
   * descriptor's offset in /proc), then calls `then` at once; false if that never happened.
   * @param {string} path @param {(pos: number) => boolean} when @param {() => void} then
   * @returns {Promise<boolean>}
   */
  async whileReading(path, when, then, seconds = 15) {
    for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 10));
      const pos = this.position(path);
      if (pos >= 0 && when(pos)) {
        then();
        return true;
      }
    }
    return false;
  }

  /** Stops the server where it is (SIGSTOP): what it has not read yet it cannot have sent. */
  freeze() {
    if (this.child && this.child.exitCode === null) process.kill(this.child.pid, 'SIGSTOP');
  }

  /** Stops the server (by PID); `signal` KILL for a crash. */
  stop(signal = 'SIGTERM') {
    if (!this.child || this.child.exitCode !== null) return;
    try {
      process.kill(this.child.pid, signal);
    } catch { /* gone already */ }
    this.child = null;
  }

  async restart() {
    this.stop();
    await new Promise((r) => setTimeout(r, 300));
    await this.launch();
  }

  /** Replaces the server's key pair (a server reinstalled, or an impostor). */
  newKey() {
    fs.rmSync(join(this.workdir, 'ppkeys', 'localhost.priv'));
    fs.rmSync(this.publicKeyPath);
    execFileSync('/usr/bin/cf-key', [], { env: this.env, stdio: 'ignore' });
  }

  remove() {
    this.stop('SIGKILL');
    fs.rmSync(this.workdir, { recursive: true, force: true });
  }
}
