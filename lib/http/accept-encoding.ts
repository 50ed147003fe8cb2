export type ContentEncoding = "br" | "gzip" | "identity";
export type AcceptedEncodings = { br: boolean; gzip: boolean };

/**
 * The compressions a request's Accept-Encoding takes. A coding with q=0 is refused; `*` stands
 * for any coding not named.
 */
export function acceptedEncodings(acceptEncoding: string | null | undefined): AcceptedEncodings {
  const quality = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (quality.get(coding) ?? quality.get("*") ?? 0) > 0;
  return { br: accepts("br"), gzip: accepts("gzip") };
}

/** The key of a kept compressed form: the coding `compress` picks for these, at one effort. */
export const encodingsKey = (accepted: AcceptedEncodings) => (accepted.br ? "br" : accepted.gzip ? "gzip" : "identity") as ContentEncoding;
