import { decodeURIComponentOrNull } from "./decode-uri-component-or-null";

/**
 * The part of a URL whose percent-encoding does not decode (a % without two hex digits, or
 * bytes that are not UTF-8), or null when both decode. Next's route matcher throws on such a
 * dynamic segment and, failing to render its 400 page, answers a bare 500.
 */
export function undecodableUrlPart(url: URL): "path" | "query" | null {
  if (decodeURIComponentOrNull(url.pathname) === null) return "path";
  if (decodeURIComponentOrNull(url.search) === null) return "query";
  return null;
}
