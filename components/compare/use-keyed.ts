"use client";

import { useMemo } from "react";

/**
 * The value as first seen with this key: a URL echo parses the same view into new objects,
 * and keeping the old ones (by their text) spares everything computed from them.
 */
export function useKeyed<T>(value: T, key: string): T {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the value; a new object with the same key is the same value
  return useMemo(() => value, [key]);
}
