import { formatPercent, formatScore } from "../../compare/format";
import { methodOf } from "../../scoring/methods/registry";
import { CONFIDENCE_MARK, CONTESTED_COLOUR, TONES, toneOf } from "../../compare/value-tone";
import { formatValue } from "../../domain/labels";
import { goodWay } from "../../scoring/value-function";
import type { ComparisonModel } from "../comparison-model";
import { methodWord } from "../method-words";
import { sheetWords, type SheetWords } from "../sheet-words";
import { matrixOrder } from "./evidence-index";
import { isolate } from "./line-layout";
import { hexColour, MARGIN, RULE, SOFT, type SheetWriter } from "./sheet-writer";

/** Portrait holds the criterion column and this many frameworks; more turn the matrix pages to landscape. */
const PORTRAIT_COLUMNS = 4;
const MIN_COLUMN = 54;
const MAX_COLUMN = 76;
const ROW = 15;
/** A criterion's mark beside its name: what the view holds good on it (the legend says which is which). */
const GOOD_MARK = { benefit: "↑", cost: "↓", points: "∿" } as const;

/** A framework's key line: its short name, name, status, date and other names. */
const describeFramework = (f: ComparisonModel["frameworks"][number], words: SheetWords) =>
  `${isolate(f.shortName)}: ${isolate(f.name)} (${words.list([
    f.status ? words.t(`statuses.${f.status}`) : words.t("pdf.statusNotStated"),
    words.date(f.announced),
    ...(f.aliases.length ? [words.t("pdf.also", { names: f.aliases.map(isolate).join(", ") })] : []),
  ])})`;

/** How many frameworks a matrix page holds and whether it is landscape: shared with the roles matrix. */
export function columnPlan(w: SheetWriter, frameworks: number, labelWidth: number, section: string) {
  const landscape = frameworks > PORTRAIT_COLUMNS;
  w.newPage(landscape, section);
  const available = w.contentWidth - labelWidth;
  const perPage = Math.max(1, Math.min(frameworks, Math.floor(available / MIN_COLUMN)));
  const width = Math.min(MAX_COLUMN, available / perPage);
  return { landscape, perPage, width };
}

/** The side-by-side matrix: colour scale and confidence marks as on screen, direction and weight per criterion, missing values marked, evidence numbers. */
export function drawMatrix(w: SheetWriter, model: ComparisonModel, evidenceNumbers: Array<Array<number | null>>): void {
  const nameWidth = 200;
  const fixed = nameWidth + 16 + 40;
  const words = sheetWords(model.locale);
  const { t } = words;
  const plan = columnPlan(w, model.frameworks.length, fixed, t("pdf.sections.matrix"));
  const order = matrixOrder(model);
  w.heading(t("pdf.sideBySide"));
  w.paragraph(model.frameworks.map((f) => describeFramework(f, words)).join(" · "), MARGIN, w.contentWidth, { size: 7.5 }, 9.5);
  w.y -= 4;
  drawLegend(w, words);
  for (let start = 0; start < model.frameworks.length; start += plan.perPage) {
    const shown = model.frameworks.slice(start, start + plan.perPage);
    if (start > 0) w.newPage(plan.landscape);
    const x0 = MARGIN + fixed;
    const header = () => {
      w.need(40);
      const criterion =
        model.frameworks.length > plan.perPage
          ? t("pdf.criterionOf", { from: String(start + 1), to: String(start + shown.length), count: String(model.frameworks.length) })
          : t("column.criterion");
      w.text(criterion, MARGIN, { size: 7.5, bold: true }, w.y - 16);
      w.text(t("pdf.dir"), MARGIN + nameWidth, { size: 7.5, bold: true }, w.y - 16);
      w.text(t("pdf.weight"), MARGIN + nameWidth + 16, { size: 7.5, bold: true }, w.y - 16);
      shown.forEach((f, k) => {
        const style = { size: 7.5, bold: true };
        w.wrapLines(f.shortName, plan.width - 4, style)
          .slice(0, 2)
          .forEach((line, l) =>
            w.line(w.fit(line.text, plan.width - 4, style), x0 + k * plan.width + 2, plan.width - 4, { ...style, direction: line.direction }, w.y - 7 - l * 9),
          );
      });
      w.y -= 22;
      w.rule(MARGIN, x0 + shown.length * plan.width, w.y + 2, 0.6, SOFT);
    };
    header();
    let category = "";
    for (const j of order) {
      const c = model.criteria[j]!;
      const valueFunction = model.valueFunctions[c.slug];
      const heading = c.category !== category;
      if (w.need(ROW + (heading ? 12 : 0))) {
        w.text(t("pdf.continued"), MARGIN, { size: 9, bold: true });
        w.y -= 6;
        header();
        category = "";
      }
      if (c.category !== category) {
        category = c.category;
        w.text(c.categoryName, MARGIN, { size: 7.5, bold: true, color: SOFT }, w.y - 9);
        w.y -= 12;
      }
      const baseline = w.y - ROW + 4.5;
      w.text(w.fit(c.name, nameWidth - 8, { size: 7.5 }), MARGIN + 4, { size: 7.5 }, baseline);
      w.text(GOOD_MARK[goodWay(c.direction, valueFunction)], MARGIN + nameWidth + 2, { size: 8, bold: true }, baseline);
      w.text(formatPercent(c.normalisedWeight), MARGIN + nameWidth + 16, { size: 7 }, baseline);
      shown.forEach((_, k) => {
        const i = start + k;
        const x = x0 + k * plan.width;
        const value = c.values[i] ?? null;
        const evidence = c.evidence[i];
        const number = evidenceNumbers[j]?.[i];
        const assumed = c.assumed[i] ?? null;
        if (value === null && assumed !== null) {
          w.rect({
            x: x + 1,
            y: w.y - ROW + 1,
            width: plan.width - 2,
            height: ROW - 2,
            color: hexColour("#fff3bf"),
            borderColor: hexColour("#b07d00"),
            borderWidth: 0.8,
            borderDashArray: [2, 1.5],
          });
          w.text(t("pdf.assumed", { value: formatValue(assumed, c.scale.min) }), x + 4, { size: 7, bold: true, color: hexColour("#5c4700") }, baseline);
        } else if (value === null) {
          w.rect({
            x: x + 1,
            y: w.y - ROW + 1,
            width: plan.width - 2,
            height: ROW - 2,
            borderColor: SOFT,
            borderWidth: 0.5,
            borderDashArray: [2, 1.5],
          });
          w.text(t("pdf.noData"), x + 4, { size: 7, color: SOFT }, baseline);
        } else {
          const tone = toneOf(value, c, valueFunction);
          w.rect({ x: x + 1, y: w.y - ROW + 1, width: plan.width - 2, height: ROW - 2, color: hexColour(tone.background) });
          // The value and its confidence dots in one text: a 200 x 100 matrix draws 20,000 cells.
          const dots = evidence ? (CONFIDENCE_MARK[evidence.confidence as keyof typeof CONFIDENCE_MARK] ?? "") : "";
          w.text(`${formatValue(value, c.scale.min)} ${dots}`, x + 4, { size: 7.5, bold: true, color: hexColour(tone.color) }, baseline);
        }
        // Contested: a bar down the cell's left edge; its appendix entry gives the note.
        if (evidence?.contested) w.rect({ x: x + 1, y: w.y - ROW + 1, width: 2.5, height: ROW - 2, color: hexColour(CONTESTED_COLOUR) });
        if (number) {
          const label = String(number);
          w.text(
            label,
            x + plan.width - 3 - w.measure(label, { size: 5 }),
            { size: 5, color: value === null ? SOFT : hexColour(toneOf(value, c, valueFunction).color) },
            w.y - 6,
          );
        }
      });
      w.y -= ROW;
    }
    if (model.scores) {
      w.need(30);
      w.rule(MARGIN, x0 + shown.length * plan.width, w.y - 1, 0.6, SOFT);
      w.y -= 12;
      w.text(methodWord(words, model.method, "scoreLabel", methodOf(model.method).scoreLabel), MARGIN + 4, { size: 8, bold: true });
      shown.forEach((_, k) => w.text(formatScore(model.scores![start + k]!.score), x0 + k * plan.width + 4, { size: 8, bold: true }));
      w.y -= 12;
      w.text(t("column.rank"), MARGIN + 4, { size: 8, bold: true });
      shown.forEach((_, k) => w.text(String(model.scores![start + k]!.rank), x0 + k * plan.width + 4, { size: 8, bold: true }));
      w.y -= 12;
    }
  }
}

function drawLegend(w: SheetWriter, { t }: SheetWords): void {
  const style = { size: 7.5 };
  let x = MARGIN;
  const colour = t("pdf.colour");
  w.text(colour, x, { ...style, bold: true });
  x += Math.max(32, w.measure(colour, { ...style, bold: true }) + 4);
  for (const tone of TONES) {
    w.rect({ x, y: w.y - 2.5, width: 26, height: 10, color: hexColour(tone.background), borderColor: RULE, borderWidth: 0.3 });
    w.text(w.fit(t(`pdf.tones.${tone.label}`), 24, { size: 6.5 }), x + 2, { size: 6.5, color: hexColour(tone.color) });
    x += 28;
  }
  w.text(t("pdf.colourReading"), x + 4, style);
  w.y -= 12;
  w.note(t("pdf.legend"), 7);
}
