import type { RawMatrix } from "./types";

/**
 * Work that depends on a value matrix and a few settings but not on the weights (filling and
 * normalising it, PROMETHEE's pairwise preferences): a view that changes only its weights (a
 * slider, the perspectives' presets) scores the same matrix again, so the result is kept per
 * matrix (by identity, for as long as the matrix lives) and per setting. Whoever reads a kept
 * result never writes to it.
 */
const kept = new WeakMap<RawMatrix, Map<string, unknown>>();
const SETTINGS_KEPT_PER_MATRIX = 16;

export function keptPerMatrix<T>(matrix: RawMatrix, key: string, compute: () => T): T {
  let settings = kept.get(matrix);
  if (settings?.has(key)) return settings.get(key) as T;
  const value = compute();
  if (!settings) {
    settings = new Map();
    kept.set(matrix, settings);
  }
  if (settings.size >= SETTINGS_KEPT_PER_MATRIX) settings.clear();
  settings.set(key, value);
  return value;
}
