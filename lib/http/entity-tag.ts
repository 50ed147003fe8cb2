/** Whether an If-None-Match header names this entity tag (weakly compared, as RFC 9110 says for GET), or is `*`. */
export function ifNoneMatchHas(ifNoneMatch: string | null, etag: string): boolean {
  const strong = (tag: string) => tag.trim().replace(/^W\//, "");
  return (ifNoneMatch ?? "").split(",").some((tag) => tag.trim() === "*" || strong(tag) === strong(etag));
}
