import type { Dataset } from "@/lib/domain/dataset";
import { issuesToText } from "@/lib/domain/format-issues";
import { resolveDataset, type StoredDataset } from "@/lib/server/dataset/resolve-dataset";

/** A dataset as the database stores and reads it back: each source with its texts, each citation naming its revision. */
export function storedForm(dataset: Dataset): StoredDataset {
  const resolved = resolveDataset(dataset);
  if (!resolved.ok) throw new Error(issuesToText(resolved.issues));
  return resolved.dataset;
}
