import { ROLES } from "../../domain/vocabulary";
import { ROLE_STYLE } from "../../inclusiveness/roles-matrix-svg";
import type { ComparisonModel } from "../comparison-model";
import { sheetWords } from "../sheet-words";
import { columnPlan } from "./matrix-section";
import { isolate } from "./line-layout";
import { hexColour, MARGIN, SOFT, type SheetWriter } from "./sheet-writer";

const ROW = 14;

/** Inclusiveness: who is in, observes, is left out or targeted (the roles matrix), and the two shares the index is made of. */
export function drawInclusiveness(w: SheetWriter, model: ComparisonModel): void {
  const { t } = sheetWords(model.locale);
  const pct = (inside: number, of: number) =>
    of > 0 ? t("pdf.share", { inside: String(inside), of: String(of), percent: String(Math.round((inside / of) * 100)) }) : t("pdf.shareNoData");
  const labelWidth = 150;
  const { roles } = model;
  const plan = columnPlan(w, roles.frameworks.length, labelWidth, t("pdf.sections.inclusiveness"));
  w.heading(t("pdf.inclusivenessHeading"));
  let x = MARGIN;
  for (const role of ROLES) {
    const text = `${ROLE_STYLE[role].glyph} ${t(`roles.${role}`)}`;
    w.text(text, x, { size: 7.5, color: hexColour(ROLE_STYLE[role].colour), bold: true });
    x += w.measure(text, { size: 7.5, bold: true }) + 12;
  }
  w.text(t("pdf.noRole"), x, { size: 7.5, color: SOFT });
  w.y -= 14;
  for (let start = 0; start < roles.frameworks.length; start += plan.perPage) {
    const shown = roles.frameworks.slice(start, start + plan.perPage);
    if (start > 0) w.newPage(plan.landscape);
    const x0 = MARGIN + labelWidth;
    const header = () => {
      w.need(30);
      w.text(t("column.actor"), MARGIN, { size: 7.5, bold: true }, w.y - 9);
      shown.forEach((f, k) =>
        w.text(
          w.fit(f.hasRoles ? f.shortName : t("pdf.frameworkNoData", { name: isolate(f.shortName) }), plan.width - 4, { size: 7.5, bold: true }),
          x0 + k * plan.width + 2,
          { size: 7.5, bold: true },
          w.y - 9,
        ),
      );
      w.y -= 14;
    };
    header();
    for (const group of roles.groups) {
      if (w.need(ROW * 2)) header();
      w.text(t(`groups.${group.group}`), MARGIN, { size: 7.5, bold: true, color: SOFT }, w.y - 9);
      w.y -= 12;
      for (const actor of group.actors) {
        if (w.need(ROW)) header();
        const baseline = w.y - ROW + 4;
        w.text(w.fit(actor.name, labelWidth - 8, { size: 7.5 }), MARGIN + 4, { size: 7.5 }, baseline);
        shown.forEach((_, k) => {
          const cell = actor.cells[start + k];
          const cx = x0 + k * plan.width;
          if (!cell) return void w.text("–", cx + 4, { size: 7.5, color: SOFT }, baseline);
          const style = ROLE_STYLE[cell.role];
          const colour = hexColour(style.colour);
          w.rect({ x: cx + 1, y: w.y - ROW + 1, width: plan.width - 2, height: ROW - 2, borderColor: colour, borderWidth: 0.8 });
          w.text(style.glyph, cx + 3, { size: 7.5, color: colour }, baseline);
          w.text(w.fit(t(`roles.${cell.role}`), plan.width - 16, { size: 7 }), cx + 12, { size: 7 }, baseline);
        });
        w.y -= ROW;
      }
    }
  }

  w.y -= 12;
  w.heading(t("pdf.sharesHeading"), 11);
  w.note(t("pdf.sharesNote"));
  const cols = [MARGIN, MARGIN + 150, MARGIN + 290, MARGIN + 430];
  const head = () => {
    w.need(26);
    [t("column.framework"), t("xlsx.littoralInside"), t("pdf.worldPowersEngaged"), t("xlsx.targeted")].forEach((h, k) =>
      w.text(h, cols[k]!, { size: 7.5, bold: true }),
    );
    w.y -= 12;
  };
  head();
  for (const p of model.inclusiveness) {
    if (w.need(12)) head();
    w.text(w.fit(p.shortName, 145, { size: 8 }), cols[0]!, { size: 8 });
    w.text(pct(p.index.littoral.inside, p.index.littoral.of), cols[1]!, { size: 8 });
    w.text(pct(p.index.worldPowersEngaged.inside, p.index.worldPowersEngaged.of), cols[2]!, { size: 8 });
    w.text(w.fit(p.targeted.map(isolate).join(", ") || t("pdf.none"), w.width - MARGIN - cols[3]!, { size: 8 }), cols[3]!, { size: 8 });
    w.y -= 12;
  }
  const noData = model.roles.frameworks.filter((f) => !f.hasRoles).map((f) => f.shortName);
  if (noData.length) w.paragraph(t("pdf.noRolesList", { names: noData.map(isolate).join(", ") }), MARGIN, w.contentWidth, { size: 7.5, color: SOFT });
}
