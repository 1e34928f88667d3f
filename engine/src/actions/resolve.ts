/**
 * @fileoverview The resolve action (L10411-10478): /etc/resolv.conf gets `domain $(domain)` as its
 * first line, then the listed nameservers in the order given (a word starting with a digit becomes
 * `nameserver WORD`, anything else is copied as it is, L10470-10478). Listed lines already in the
 * file are moved, missing ones added, others kept below in their order: nothing else is deleted
 * but an older `domain` line. Done as an edit session, so dry run, backups and "no change, no
 * save" are those of editfiles.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import { EditCommand } from '../editfiles/session';
import { editFile, FileEdits, where } from '../editfiles/editfiles';
import { utf8 } from '../util/bytes';
import { TextBuilder } from '../util/text';

const RESOLV_CONF = '/etc/resolv.conf';

/** `text` as a regex matching exactly itself. */
function literalRegex(text: string): string {
  const out = new TextBuilder(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ('.[]()*+?{}|^$\\'.includes(String.fromCharCode(c))) out.addCode(0x5c);
    out.addCode(c);
  }
  return out.toString();
}

export function runResolve(ctx: RunContext, items: JValue[]): void {
  const lines: string[] = [];
  const places: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'entry') continue;
    const value = ctx.expand(item.get('value'));
    if (value.length == 0) continue;
    const c = value.charCodeAt(0);
    lines.push(c >= 48 && c <= 57 ? 'nameserver ' + value : value);
    places.push(where(item.get('loc')));
  }
  const domain = ctx.controlValue('domain', '').toLowerCase();
  if (lines.length == 0 && domain.length == 0) return;
  const edits = new FileEdits(RESOLV_CONF);
  edits.autoCreate = true;
  // Each line is moved to the top, the last first, so they end up in the order given.
  for (let i = lines.length - 1; i >= 0; i--) {
    edits.commands.push(new EditCommand('DeleteLinesMatching', [utf8(literalRegex(lines[i]))], places[i]));
    edits.commands.push(new EditCommand('Prepend', [utf8(lines[i])], places[i]));
  }
  if (domain.length > 0) {
    edits.commands.push(new EditCommand('DeleteLinesMatching', [utf8('domain([ \t].*)?')], 'control domain'));
    edits.commands.push(new EditCommand('Prepend', [utf8('domain ' + domain)], 'control domain'));
  } else {
    ctx.warn(ctx.prefix + 'resolve: the domain variable is not set, so ' + RESOLV_CONF + ' gets no domain line');
  }
  editFile(ctx, RESOLV_CONF, edits);
}
