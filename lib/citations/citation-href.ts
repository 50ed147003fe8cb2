/**
 * The source-viewer link for a span: /sources/stepanova-2020#L862-L877 (a single line: #L862).
 * A citation of an earlier revision than `current` (the source's current one, when known) opens
 * that revision: /sources/stepanova-2020?revision=1#L862-L877.
 */
export function citationHref(c: { document: string; revision?: number; lineStart: number; lineEnd: number }, current?: number): string {
  const hash = c.lineEnd > c.lineStart ? `L${c.lineStart}-L${c.lineEnd}` : `L${c.lineStart}`;
  return `${sourceHref(c.document, c.revision === current ? undefined : c.revision)}#${hash}`;
}

/** A source's page, at one revision when given. */
export const sourceHref = (document: string, revision?: number) => `/sources/${document}${revision === undefined ? "" : `?revision=${revision}`}`;

/** Reads "#L862-L877" or "#L862" back into a span; null for anything else or an inverted span. */
export function parseLineHash(hash: string): { start: number; end: number } | null {
  const m = /^#?L(\d{1,7})(?:-L?(\d{1,7}))?$/.exec(hash.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start < 1 || end < start) return null;
  return { start, end };
}

export function citationLabel(c: { lineStart: number; lineEnd: number }): string {
  return c.lineEnd > c.lineStart ? `lines ${c.lineStart}–${c.lineEnd}` : `line ${c.lineStart}`;
}

/** "revision 2, lines 10–12": the label of a citation whose source has had more than one text; the lines alone otherwise. */
export function citationPlace(c: { revision?: number; lineStart: number; lineEnd: number }): string {
  return c.revision !== undefined && c.revision > 1 ? `revision ${c.revision}, ${citationLabel(c)}` : citationLabel(c);
}

/**
 * The source viewer in pick mode for an edit page: the document of the lines just picked or of
 * the record's first citation, opened at those lines (`at`, nothing selected yet), returning to
 * `editPath` with the pick.
 */
export function pickHref(
  editPath: string,
  citations: ReadonlyArray<{ document: string; lineStart: number }>,
  picked: { document: string; lineStart: number } | null,
  fallbackDocument = "stepanova-2020",
): string {
  const at = picked ?? citations[0] ?? null;
  return `/sources/${at?.document ?? fallbackDocument}?pick=${encodeURIComponent(editPath)}${at ? `&at=${at.lineStart}` : ""}`;
}

/** A source an edit page can pick lines in, with the link that opens it in pick mode. */
export type PickSource = { slug: string; title: string; href: string };

/**
 * The pick-mode link into each source for an edit page: each opens at the record's first
 * citation of that source (or the lines just picked there), so a record may cite any of them.
 */
export function pickSources(
  editPath: string,
  citations: ReadonlyArray<{ document: string; lineStart: number }>,
  picked: { document: string; lineStart: number } | null,
  sources: ReadonlyArray<{ slug: string; title: string }>,
): PickSource[] {
  return sources.map((s) => ({
    slug: s.slug,
    title: s.title,
    href: pickHref(
      editPath,
      citations.filter((c) => c.document === s.slug),
      picked?.document === s.slug ? picked : null,
      s.slug,
    ),
  }));
}
