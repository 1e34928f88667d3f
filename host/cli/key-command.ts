/**
 * @fileoverview `cfwasm key`: this host's key pair for copies from cfengine servers (copy
 * server=), as cf-key makes it: PKCS#1 PEM in `<state>/ppkeys/localhost.priv` and
 * `localhost.pub`, its identity printed as `MD5=<hex>`. `--print-digest FILE` prints the digest
 * of any public key file (to compare with cf-key -p or a server's ppkeys/).
 */
import { defaultStateDir, openStateDirOrSay } from './run-command.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions, UsageError } from './usage.js';

const HELP = `usage: cfwasm key [--state-dir DIR]
       cfwasm key --print-digest FILE

Makes this host's key pair in STATE/ppkeys (localhost.priv, localhost.pub; PKCS#1 PEM, as
cf-key does) and prints its digest (MD5=…), which cf-serverd files the key under. If the key
pair exists already it is kept and its digest printed. A server trusts this host once its
public key is in the server's ppkeys/ as root-MD5=….pub (or its trustkeysfrom lets it learn the
key on first contact).

options:
      --state-dir DIR     where the keys are kept (default $CFWASM_STATE_DIR, else
                          /var/lib/cfwasm as root, else ~/.cfwasm)
  -p, --print-digest FILE print the digest of the public (or private) key in FILE
  -h, --help              this help
`;

export async function keyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    'state-dir': { type: 'string' },
    'print-digest': { type: 'string', short: 'p' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const keys = await import('../node/remote/keys.js');
  if (values['print-digest']) {
    try {
      process.stdout.write(`${keys.keyDigest(keys.readPublicKey(values['print-digest']))}\n`);
      return EXIT_OK;
    } catch (e) {
      process.stderr.write(`cfwasm: ${(e as Error).message}\n`); // names the file
      return EXIT_PROBLEMS;
    }
  }
  const stateDir = values['state-dir'] ?? defaultStateDir();
  if (stateDir === '') throw new UsageError('key: --state-dir is empty (an unset variable?); give a directory');
  if (!openStateDirOrSay(stateDir)) return EXIT_USAGE;
  const { priv } = keys.keyPaths(stateDir);
  let have;
  try {
    have = keys.loadKeyPair(stateDir);
  } catch (e) {
    process.stderr.write(`cfwasm: ${(e as Error).message}\n`); // names the key file
    return EXIT_PROBLEMS;
  }
  try {
    if (have) {
      process.stderr.write(`cfwasm: a key pair exists already in ${priv}; kept\n`);
      process.stdout.write(`${keys.keyDigest(have.publicKey)}\n`);
      return EXIT_OK;
    }
    const made = keys.makeKeyPair(stateDir);
    process.stderr.write(`cfwasm: made the key pair ${priv} and ${keys.keyPaths(stateDir).pub}\n`);
    process.stdout.write(`${keys.keyDigest(made.publicKey)}\n`);
    return EXIT_OK;
  } catch (e) {
    process.stderr.write(`cfwasm: cannot make the key pair in ${stateDir}: ${(e as Error).message}\n`);
    return EXIT_PROBLEMS;
  }
}
