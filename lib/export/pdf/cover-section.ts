import { formatPercent, formatScore } from "../../compare/format";
import { categoryColour } from "../../compare/category-colours";
import { methodOf } from "../../scoring/methods/registry";
import type { ComparisonModel } from "../comparison-model";
import { problemText, sheetWords } from "../sheet-words";
import { viewSettings } from "../view-settings";
import { drawQrCode } from "./qr-code";
import { isolate } from "./line-layout";
import { hexColour, LINK, MARGIN, RULE, SOFT, type SheetWriter } from "./sheet-writer";

/** Past this many bars the chart stops being readable (as on screen); the matrix has every framework's score. */
const MAX_BARS = 20;
/** Past this many criteria the segments are summed by category (as on screen). */
const MAX_SEGMENTS = 40;
const QR_SIDE = 84;

/** Page 1: title, note, date, settings and the link back (with its QR code); the ranking chart; the leader's margin and the weights that would change the leader. */
export function drawCover(w: SheetWriter, model: ComparisonModel, options: { title: string; note?: string }): void {
  const words = sheetWords(model.locale);
  const { t } = words;
  w.newPage(false, t("pdf.sections.ranking"));
  const top = w.y;
  const textWidth = w.contentWidth - QR_SIDE - 12;
  if (drawQrCode(w.page, model.viewUrl, w.mirrorX(w.width - MARGIN - QR_SIDE, QR_SIDE), top - QR_SIDE + 8, QR_SIDE)) {
    w.link(model.viewUrl, w.width - MARGIN - QR_SIDE, top - QR_SIDE + 8, QR_SIDE, QR_SIDE);
    w.text(t("pdf.scan"), w.width - MARGIN - QR_SIDE + 6, { size: 6.5, color: SOFT }, top - QR_SIDE);
  }

  w.y -= 8;
  // Title and note as typed: a right-to-left one is right-aligned in its column.
  for (const line of w.wrapLines(options.title, textWidth, { size: 17, bold: true })) {
    w.line(line.text, MARGIN, textWidth, { size: 17, bold: true, direction: line.direction });
    w.y -= 21;
  }
  if (options.note) {
    for (const line of w.wrapLines(options.note, textWidth, { size: 10 })) {
      w.line(line.text, MARGIN, textWidth, { size: 10, direction: line.direction });
      w.y -= 13;
    }
  }
  w.y -= 2;
  w.text(t("pdf.counts", { date: model.generatedAt.slice(0, 10), frameworks: model.frameworks.length, criteria: model.criteria.length }), MARGIN, {
    size: 8.5,
    color: SOFT,
  });
  w.y -= 12;
  for (const { label: key, value } of viewSettings(model)) {
    const label = `${key}: `;
    w.text(label, MARGIN, { size: 8.5, bold: true });
    w.text(w.fit(value, textWidth - w.measure(label, { size: 8.5, bold: true }), { size: 8.5 }), MARGIN + w.measure(label, { size: 8.5, bold: true }), {
      size: 8.5,
    });
    w.y -= 11;
  }
  w.text(t("pdf.thisView"), MARGIN, { size: 8.5, bold: true });
  const urlX = MARGIN + w.measure(`${t("pdf.thisView")} `, { size: 8.5, bold: true });
  const urlLines = w.wrap(model.viewUrl.replace(/([&,?])/g, "$1 "), textWidth - (urlX - MARGIN), { size: 8 }).map((l) => l.replace(/([&,?]) /g, "$1"));
  for (const line of urlLines) {
    w.text(line, urlX, { size: 8, color: LINK });
    w.link(model.viewUrl, urlX, w.y - 2, w.measure(line, { size: 8 }), 10);
    w.y -= 10;
  }
  for (const s of model.sources) {
    const source = { author: isolate(s.author), title: isolate(s.title), year: String(s.year) };
    w.paragraph(
      s.publisher ? t("pdf.source", { ...source, publisher: isolate(s.publisher) }) : t("pdf.sourceNoPublisher", source),
      MARGIN,
      textWidth,
      { size: 8, color: SOFT },
      10,
    );
  }
  for (const notice of model.notices) w.paragraph(t("pdf.ignored", { notice: words.notice(notice) }), MARGIN, textWidth, { size: 8, color: SOFT }, 10);
  w.y = Math.min(w.y, top - QR_SIDE - 8) - 6;
  w.rule(MARGIN, w.width - MARGIN, w.y + 6, 0.5, RULE);

  w.heading(t(`pdf.heading.${methodOf(model.method).contributionKind}`));
  if (!model.scores) {
    w.paragraph(problemText(words, model) ?? t("pdf.noRanking"), MARGIN, w.contentWidth, { size: 10 });
    return;
  }
  drawRankingChart(w, model);
  drawLeaderAndFlips(w, model);
}

function drawRankingChart(w: SheetWriter, model: ComparisonModel): void {
  const { t } = sheetWords(model.locale);
  const ranked = [...model.scores!].sort((a, b) => a.rank - b.rank);
  const shown = ranked.slice(0, MAX_BARS);
  const names = new Map(model.frameworks.map((f) => [f.slug, f.shortName]));
  const categories = [...new Map(model.criteria.map((c) => [c.category, c.categoryName]))];
  const categoryIndex = new Map(categories.map(([slug], i) => [slug, i]));
  const byCategory = model.criteria.length > MAX_SEGMENTS;
  const segmentsOf = (slug: string) => {
    const contributions = model.contributions[slug] ?? {};
    if (!byCategory) return model.criteria.map((c) => ({ category: c.category, value: contributions[c.slug] ?? 0 }));
    return categories.map(([category]) => ({
      category,
      value: model.criteria.filter((c) => c.category === category).reduce((s, c) => s + (contributions[c.slug] ?? 0), 0),
    }));
  };
  const totals = shown.map((r) => segmentsOf(r.slug).reduce((s, x) => s + Math.max(0, x.value), 0));
  const scale = Math.max(...totals, 1e-9);
  const nameWidth = 110;
  const barWidth = w.contentWidth - nameWidth - 70;
  const rowHeight = Math.min(18, Math.max(11, 300 / shown.length));
  const barHeight = rowHeight - 4;
  w.need(rowHeight * shown.length + 40);
  for (const r of shown) {
    w.text(`${r.rank}.`, MARGIN, { size: 8.5, bold: true }, w.y - barHeight + 3);
    w.text(w.fit(names.get(r.slug) ?? r.slug, nameWidth - 18, { size: 8.5 }), MARGIN + 16, { size: 8.5 }, w.y - barHeight + 3);
    let x = MARGIN + nameWidth;
    for (const s of segmentsOf(r.slug)) {
      const width = (Math.max(0, s.value) / scale) * barWidth;
      if (width <= 0) continue;
      w.rect({
        x,
        y: w.y - barHeight,
        width,
        height: barHeight,
        color: hexColour(categoryColour(categoryIndex.get(s.category) ?? 0)),
        borderColor: hexColour("#ffffff"),
        borderWidth: width > 1.5 ? 0.3 : 0,
      });
      x += width;
    }
    w.text(formatScore(r.score), x + 4, { size: 8.5, bold: true }, w.y - barHeight + 3);
    w.y -= rowHeight;
  }
  // The axis: what a bar's length is.
  w.rule(MARGIN + nameWidth, MARGIN + nameWidth + barWidth, w.y + 2, 0.5, SOFT);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const x = MARGIN + nameWidth + t * barWidth;
    w.text((t * scale).toFixed(2), x - 6, { size: 6.5, color: SOFT }, w.y - 7);
  }
  w.y -= 16;
  w.text(t(`pdf.bar.${methodOf(model.method).contributionKind}`), MARGIN, { size: 7.5, color: SOFT });
  w.y -= 11;
  if (ranked.length > MAX_BARS) {
    w.text(t("pdf.drawn", { drawn: String(MAX_BARS), count: String(ranked.length) }), MARGIN, { size: 7.5, color: SOFT });
    w.y -= 11;
  }
  // Legend: one swatch per category.
  let x = MARGIN;
  for (const [slug, name] of categories) {
    const width = 12 + w.measure(name, { size: 7.5 }) + 12;
    if (x + width > w.width - MARGIN) {
      x = MARGIN;
      w.y -= 11;
    }
    w.rect({ x, y: w.y - 1, width: 8, height: 8, color: hexColour(categoryColour(categoryIndex.get(slug) ?? 0)) });
    w.text(name, x + 11, { size: 7.5 });
    x += width;
  }
  w.y -= 18;
}

function drawLeaderAndFlips(w: SheetWriter, model: ComparisonModel): void {
  const { t } = sheetWords(model.locale);
  const ranked = [...model.scores!].sort((a, b) => a.rank - b.rank);
  const name = (slug: string) => model.frameworks.find((f) => f.slug === slug)?.name ?? slug;
  const [leader, runnerUp] = ranked;
  w.heading(t("pdf.leaderHeading"), 11);
  if (!leader || !runnerUp) return;
  w.paragraph(
    t("pdf.leads", {
      leader: isolate(name(leader.slug)),
      score: formatScore(leader.score),
      margin: formatScore(leader.score - runnerUp.score),
      runnerUp: isolate(name(runnerUp.slug)),
      runnerUpScore: formatScore(runnerUp.score),
    }),
    MARGIN,
    w.contentWidth,
    { size: 9.5 },
  );
  // Each criterion's flip points, nearest to its current weight first (relative distance).
  const flips = model.criteria
    .map((c) => {
      const f = model.flips[c.slug];
      const distance = Math.min(
        f?.lowerFlip != null ? (c.normalisedWeight - f.lowerFlip) / Math.max(c.normalisedWeight, 1e-9) : Infinity,
        f?.upperFlip != null ? (f.upperFlip - c.normalisedWeight) / Math.max(c.normalisedWeight, 1e-9) : Infinity,
      );
      return { c, f, distance };
    })
    .filter((x) => Number.isFinite(x.distance))
    .sort((a, b) => a.distance - b.distance);
  if (flips.length === 0) {
    w.paragraph(t("pdf.noFlip"), MARGIN, w.contentWidth, { size: 9 });
    return;
  }
  w.paragraph(
    t("pdf.flipsIntro", { count: String(flips.length), total: String(model.criteria.length) }),
    MARGIN,
    w.contentWidth,
    { size: 8.5, color: SOFT },
    11,
  );
  w.y -= 2;
  for (const { c, f } of flips.slice(0, 8)) {
    const parts = [
      f?.lowerFlip != null ? t("pdf.below", { at: formatPercent(f.lowerFlip) }) : null,
      f?.upperFlip != null ? t("pdf.above", { at: formatPercent(f.upperFlip) }) : null,
    ].filter((part) => part !== null);
    w.need(12);
    w.text("•", MARGIN + 2, { size: 9 });
    w.text(w.fit(c.name, 230, { size: 9, bold: true }), MARGIN + 12, { size: 9, bold: true });
    const where = parts.length === 2 ? t("pdf.either", { first: parts[0]!, second: parts[1]! }) : parts.join("");
    w.text(t("pdf.flip", { now: formatPercent(c.normalisedWeight), where }), MARGIN + 250, { size: 9 });
    w.y -= 12;
  }
}
