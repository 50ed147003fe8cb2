import { escapeXml } from "../charts/standalone-svg";
import { GROUP_LABELS, ROLE_LABELS } from "../domain/labels";
import type { ActorGroup, Role } from "../domain/vocabulary";
import type { RolesMatrix } from "./chart-data";

/** Role colours (Okabe-Ito) and glyphs, shared by the page and the downloadable SVG. */
export const ROLE_STYLE: Record<Role, { colour: string; glyph: string }> = {
  leader: { colour: "#0072b2", glyph: "★" },
  core: { colour: "#56b4e9", glyph: "◆" },
  member: { colour: "#009e73", glyph: "●" },
  observer: { colour: "#e69f00", glyph: "◐" },
  mediator: { colour: "#cc79a7", glyph: "⇄" },
  excluded: { colour: "#8a8a8a", glyph: "○" },
  targeted: { colour: "#d55e00", glyph: "✕" },
};

/** The words of the matrix: its groups' and roles' names (English by default, as the exports print them). */
export type RolesMatrixWords = { group: (group: ActorGroup) => string; role: (role: Role) => string };

const ENGLISH: RolesMatrixWords = { group: (g) => GROUP_LABELS[g], role: (r) => ROLE_LABELS[r] };

/**
 * The roles matrix as a standalone SVG document (for download and print), colour, glyph and
 * text together, as on the page, in the page's words.
 */
export function rolesMatrixSvg(matrix: RolesMatrix, title: string, withTitle = true, words: RolesMatrixWords = ENGLISH): string {
  const labelWidth = 200;
  const cellWidth = 120;
  const rowHeight = 26;
  const headerHeight = 60;
  const rows = matrix.groups.reduce((n, g) => n + 1 + g.actors.length, 0);
  const width = labelWidth + cellWidth * matrix.frameworks.length + 20;
  const height = headerHeight + rows * rowHeight + 20;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...(withTitle ? [`<text x="10" y="22" font-size="15" font-weight="700">${escapeXml(title)}</text>`] : []),
  ];
  matrix.frameworks.forEach((f, i) => {
    out.push(
      `<text x="${labelWidth + i * cellWidth + cellWidth / 2}" y="${headerHeight - 10}" text-anchor="middle" font-weight="700">${escapeXml(f.shortName)}</text>`,
    );
  });
  let y = headerHeight;
  for (const group of matrix.groups) {
    out.push(`<rect x="0" y="${y}" width="${width}" height="${rowHeight}" fill="#ece8df"/>`);
    out.push(`<text x="10" y="${y + 17}" font-weight="700">${escapeXml(words.group(group.group))}</text>`);
    y += rowHeight;
    for (const actor of group.actors) {
      out.push(`<text x="16" y="${y + 17}">${escapeXml(actor.name)}</text>`);
      actor.cells.forEach((cell, i) => {
        const x = labelWidth + i * cellWidth + 4;
        if (!cell) {
          out.push(`<text x="${x + cellWidth / 2 - 4}" y="${y + 17}" text-anchor="middle" fill="#6b7280">–</text>`);
          return;
        }
        const style = ROLE_STYLE[cell.role];
        out.push(
          `<rect x="${x}" y="${y + 3}" width="${cellWidth - 8}" height="${rowHeight - 6}" rx="4" fill="#f6f4ef" stroke="${style.colour}" stroke-width="2"/>`,
        );
        out.push(`<text x="${x + 8}" y="${y + 17}" fill="${style.colour}">${style.glyph}</text>`);
        out.push(`<text x="${x + 24}" y="${y + 17}">${escapeXml(words.role(cell.role))}</text>`);
      });
      y += rowHeight;
    }
  }
  out.push("</svg>");
  return out.join("\n");
}
