/**
 * The text of lines [start, end] as one quote: lines joined by a space, a hyphen at a line
 * break kept with the word it joins ("military-technical"), whitespace collapsed. It passes
 * verifyCitation for that span, so picking lines in the source viewer makes a valid citation.
 */
export function quoteFromLines(lines: readonly string[], start: number, end: number): string {
  return lines
    .slice(start - 1, end)
    .join("\n")
    .replace(/([-\u2010\u2011\u2013\u2014])\s*\n\s*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
