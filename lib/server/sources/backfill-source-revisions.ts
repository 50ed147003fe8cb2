import { describeText } from "../../citations/text-digest";
import { bumpDataVersion } from "../data-version";
import type { Db } from "../db";
import { shippedRevision } from "../dataset/resolve-dataset";
import { readShippedSourceText } from "./read-source-text";

/**
 * Gives each source that has no stored text yet (one that predates source revisions) its
 * revision 1 from its file in prisma/sources, byte for byte. Returns the slugs it filled in;
 * a source whose file is gone is left as it is (it is not listed, and citing it is refused).
 */
export async function backfillSourceRevisions(db: Db, root?: string): Promise<string[]> {
  const bare = await db.source.findMany({ where: { revisions: { none: {} }, file: { not: null } }, select: { id: true, slug: true, file: true } });
  const filled: string[] = [];
  if (bare.length === 0) return filled;
  await db.$transaction(async (tx) => {
    for (const s of bare) {
      const text = readShippedSourceText(s.file!, root);
      if (text === null) continue;
      const r = shippedRevision(s.file!, text);
      await tx.sourceRevision.create({ data: { sourceId: s.id, revision: 1, text, ...describeText(text), reason: r.reason, editor: r.editor } });
      filled.push(s.slug);
    }
    if (filled.length) await bumpDataVersion(tx);
  });
  return filled;
}
