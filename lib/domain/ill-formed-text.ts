import { describePath } from "./format-issues";

/** A UTF-16 surrogate without its pair: valid in a JS string and in JSON escapes, not in UTF-8 or a database. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormedText = (text: string) => !LONE_SURROGATE.test(text);

/**
 * The path of the first string (or object key) in parsed JSON that is not well-formed Unicode,
 * or null. Walks without recursion, so no nesting depth can exhaust the stack.
 */
export function findIllFormedText(json: unknown): string | null {
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: json, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (typeof node === "string") {
      if (!isWellFormedText(node)) return describePath(path, json);
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    } else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (!isWellFormedText(key)) return describePath(path, json) + " (a key)";
        stack.push({ node: value, path: [...path, key] });
      }
    }
  }
  return null;
}
