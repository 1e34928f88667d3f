/**
 * @fileoverview Mode strings (L8906-8920): octal with `+`, `-` or `=` (`=755`, `+2000,-002`), or
 * chmod's symbolic form (`u=rwx,og+rx`, `a+rw,o-w`). For directories, a read bit that is added
 * brings its execute bit (L9047-9065: `mode=a+rw` gives directories 755-style access).
 */
import { RunContext } from '../run/context';

export class ModeSpec {
  /** Bits to set absolutely (with `setMask` saying which bits `set` decides). */
  set: i32 = 0;
  setMask: i32 = 0;
  plus: i32 = 0;
  minus: i32 = 0;
  valid: bool = true;
  given: bool = false;

  /** The setuid and setgid bits this spec itself sets (`4755`, `u+s`), not those it only keeps (`a+r`). */
  askedSetId(): i32 {
    return ((this.set & this.setMask) | this.plus) & ~this.minus & 0o6000;
  }

  apply(mode: i32, isDir: bool): i32 {
    let m = (mode & ~this.setMask) | this.set;
    let plus = this.plus;
    let set = this.set;
    if (isDir) {
      // r → r+x for directories, for bits this spec adds or sets.
      plus |= (plus & 0o444) >> 2;
      set |= (set & 0o444) >> 2;
      m = (mode & ~this.setMask) | set;
    }
    m |= plus;
    m &= ~this.minus;
    return m & 0o7777;
  }
}

function whoMask(who: string): i32 {
  if (who.length == 0) return 0o7777;
  let m = 0;
  for (let i = 0; i < who.length; i++) {
    const c = who.charAt(i);
    if (c == 'u') m |= 0o4700;
    else if (c == 'g') m |= 0o2070;
    else if (c == 'o') m |= 0o1007;
    else if (c == 'a') m |= 0o7777;
  }
  return m;
}

function permBits(perms: string, who: i32): i32 {
  let b = 0;
  for (let i = 0; i < perms.length; i++) {
    const c = perms.charAt(i);
    if (c == 'r') b |= 0o444;
    else if (c == 'w') b |= 0o222;
    else if (c == 'x') b |= 0o111;
    else if (c == 's') b |= 0o6000;
    else if (c == 't') b |= 0o1000;
    else return -1;
  }
  return b & who;
}

export function parseMode(spec: string): ModeSpec {
  const m = new ModeSpec();
  if (spec.length == 0) return m;
  m.given = true;
  const clauses = spec.split(',');
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k].trim();
    if (c.length == 0) continue;
    let op = c.charAt(0);
    let digits = c;
    if (op == '+' || op == '-' || op == '=') digits = c.substring(1);
    else op = '=';
    let octal = digits.length > 0;
    for (let i = 0; i < digits.length; i++) {
      const d = digits.charCodeAt(i);
      if (d < 0x30 || d > 0x37) octal = false;
    }
    if (octal) {
      const bits = <i32>parseInt(digits, 8) & 0o7777;
      if (op == '+') m.plus |= bits;
      else if (op == '-') m.minus |= bits;
      else {
        m.set = bits;
        m.setMask = 0o7777;
      }
      continue;
    }
    // Symbolic: [ugoa]*[+-=][rwxst]*
    let i = 0;
    while (i < c.length && 'ugoa'.includes(c.charAt(i))) i++;
    if (i >= c.length) {
      m.valid = false;
      continue;
    }
    const who = whoMask(c.substring(0, i));
    const sym = c.charAt(i);
    const bits = permBits(c.substring(i + 1), who);
    if (bits < 0 || (sym != '+' && sym != '-' && sym != '=')) {
      m.valid = false;
      continue;
    }
    if (sym == '+') m.plus |= bits;
    else if (sym == '-') m.minus |= bits;
    else {
      m.setMask |= who & 0o777 | (who & 0o7000);
      m.set = (m.set & ~who) | bits;
    }
  }
  return m;
}

export function octal(mode: i32): string {
  return (mode & 0o7777).toString(8);
}

/**
 * A copy made setuid or setgid and also writable by its group or others: whoever may write it
 * runs code as its owner (a server's 6777 is copied as it is, as cfengine does, but not silently).
 */
export function warnUnsafeCopyMode(ctx: RunContext, path: string, mode: i32): void {
  if ((mode & 0o6000) == 0 || (mode & 0o022) == 0) return;
  ctx.warn(ctx.prefix + 'copy: ' + path + ' is ' + ((mode & 0o4000) != 0 ? 'setuid' : 'setgid') + ' and writable by ' +
    ((mode & 0o020) != 0 ? ((mode & 0o002) != 0 ? 'its group and others' : 'its group') : 'others') + ' (mode ' + octal(mode) + '): whoever may write it runs code as its owner');
}
