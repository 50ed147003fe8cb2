import { readFileSync } from "node:fs";
import fontkit from "@pdf-lib/fontkit";

const font = fontkit.create(readFileSync("node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf"));

/** The width DejaVu Sans (the browser's fallback face here) gives a text at `size`, shaped (joined Arabic, kerning) as drawn. */
export const drawnWidth = (text: string, size: number) => (font.layout(text).advanceWidth / font.unitsPerEm) * size;
