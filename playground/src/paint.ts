/**
 * @fileoverview Results panels drawn only while they show: a hidden one keeps its painter and is
 * drawn when its tab opens (the Debug view of a 100 KB file and the side-by-side diff cost ~40 ms
 * a keystroke).
 */
import { $ } from './dom.js';

const unpainted = new Map<string, () => void>();

export function paint(panel: string, draw: () => void): void {
  if ($(panel).hidden) unpainted.set(panel, draw);
  else {
    unpainted.delete(panel);
    draw();
  }
}

/** Draws the panel's pending painter now if it shows (`force`: even hidden). */
export function paintIfShown(panel: string, force = false): void {
  const draw = unpainted.get(panel);
  if (!draw || ($(panel).hidden && !force)) return;
  unpainted.delete(panel);
  draw();
}
