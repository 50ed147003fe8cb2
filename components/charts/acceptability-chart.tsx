"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Actor } from "@/lib/domain/actor";
import type { Criterion } from "@/lib/domain/criterion";
import type { Framework } from "@/lib/domain/framework";
import { acceptabilityPanels, type AcceptabilityBar } from "@/lib/inclusiveness/chart-data";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { Rationale } from "@/components/evidence/rationale";
import { ChartFrame } from "./chart-frame";

type Row = AcceptabilityBar & { name: string; plotted: number };

/** A value on the -2..+2 scale, signed, in the page's digits. */
function useSigned() {
  const format = useNumberFormat();
  return (v: number) => format.value(v, -2);
}

function AcceptabilityTooltip({ active, payload }: { active?: boolean; payload?: Array<{ payload: Row }> }) {
  const t = useTranslations("inclusivenessCharts.acceptability");
  const tEvidence = useTranslations("evidence");
  const signed = useSigned();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.name}</strong>
      <div>
        {row.value === null ? (
          t("silent")
        ) : (
          <>
            <bdi dir="ltr">{signed(row.value)}</bdi>
            {row.label ? `: ${row.label}` : ""}
          </>
        )}
      </div>
      {row.rationale === null ? (
        <p className="chart-tooltip__rationale">{t("noAssessment")}</p>
      ) : (
        <Rationale className="chart-tooltip__rationale" rationale={row.rationale} />
      )}
      {row.confidence && <div className="muted">{tEvidence("confidence", { confidence: row.confidence })}</div>}
    </div>
  );
}

/** Draws a value as a bar from zero, or a dashed "no data" marker at zero. */
function AcceptabilityShape(props: { x?: number; y?: number; width?: number; height?: number; payload?: Row; noData: string }) {
  const { x = 0, y = 0, width = 0, height = 0, payload, noData } = props;
  if (!payload) return null;
  if (payload.value === null) {
    // Plotted at 0, so the bar starts (and ends) on the zero line.
    const zero = x;
    return (
      <g className="acceptability-missing">
        <rect x={zero - 28} y={y + 2} width={56} height={Math.max(0, height - 4)} fill="#fff" stroke="#6b7280" strokeDasharray="3 2" />
        <text x={zero} y={y + height / 2 + 4} textAnchor="middle" fontSize={11} fill="#4a5568">
          {noData}
        </text>
      </g>
    );
  }
  const left = width < 0 ? x + width : x;
  return (
    <rect
      className="acceptability-bar"
      x={left}
      y={y}
      width={Math.abs(width)}
      height={height}
      fill={payload.value < 0 ? "#e66101" : payload.value > 0 ? "#5e3c99" : "#9aa3b5"}
    />
  );
}

function Panel({ title, rows }: { title: string; rows: Row[] }) {
  const t = useTranslations("inclusivenessCharts.acceptability");
  const signed = useSigned();
  return (
    <div className="acceptability-panel" data-panel-title={title}>
      <h4>{title}</h4>
      <ResponsiveContainer width="100%" height={40 + 30 * rows.length}>
        <BarChart data={rows} layout="vertical" margin={{ left: 4, right: 12, top: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} tickFormatter={signed} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
          <ReferenceLine x={0} stroke="#1b2330" />
          <Tooltip content={<AcceptabilityTooltip />} cursor={{ fill: "rgba(20,33,61,0.06)" }} />
          <Bar
            dataKey="plotted"
            shape={(p: unknown) => <AcceptabilityShape {...(p as Parameters<typeof AcceptabilityShape>[0])} noData={t("noData")} />}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

type Props = {
  /** Frameworks, criteria (their scale labels) and actors (the stakeholders' names) in the page's language. */
  frameworks: Framework[];
  criteria: Criterion[];
  actors?: Actor[];
  /** One framework: a single panel by stakeholder. */
  single?: boolean;
};

/** How acceptable each framework is to Iran, Saudi Arabia, the US, Russia, China, the EU and India (-2..+2). */
export function AcceptabilityChart({ frameworks, criteria, actors = [], single }: Props) {
  const t = useTranslations("inclusivenessCharts.acceptability");
  const signed = useSigned();
  const actorNames = new Map(actors.map((a) => [a.slug, a.name]));
  const panels = acceptabilityPanels(frameworks, criteria).map((p) => ({ ...p, stakeholder: actorNames.get(p.actor) ?? p.stakeholder }));
  const toRow = (bar: AcceptabilityBar, name: string): Row => ({ ...bar, name, plotted: bar.value ?? 0 });
  const missing = panels.reduce((n, p) => n + p.bars.filter((b) => b.value === null).length, 0);
  // Inside a sentence a signed value keeps its sign before it on a right-to-left page.
  const isolate = useIsolate();
  const inText = (v: number) => isolate(signed(v));
  const ends = {
    worst: inText(-2),
    best: inText(2),
    rejects: t("rejects", { a: inText(-1), b: inText(-2) }),
    accepts: t("accepts", { a: inText(1), b: inText(2) }),
  };
  return (
    <ChartFrame
      id="acceptability"
      title={t("title")}
      reading={t("reading", { worst: ends.worst, best: ends.best, missing })}
      downloadName="acceptability"
      legend={[
        { label: ends.rejects, colour: "#e66101" },
        { label: ends.accepts, colour: "#5e3c99" },
        { label: t("silentDashed"), colour: "#ffffff" },
      ]}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{t("framework")}</th>
              {panels.map((p) => (
                <th key={p.criterion} scope="col">
                  {p.stakeholder}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {frameworks.map((f, i) => (
              <tr key={f.slug}>
                <th scope="row">{f.shortName}</th>
                {panels.map((p) => {
                  const v = p.bars[i]!.value;
                  return <td key={p.criterion}>{v === null ? t("noData") : <bdi dir="ltr">{signed(v)}</bdi>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <ul className="legend">
        <li>
          <span className="legend__swatch" style={{ background: "#e66101" }} />
          {ends.rejects}
        </li>
        <li>
          <span className="legend__swatch" style={{ background: "#5e3c99" }} />
          {ends.accepts}
        </li>
        <li>
          <span className="legend__swatch legend__swatch--missing" />
          {t("silentLegend")}
        </li>
      </ul>
      <div className={single ? "acceptability-grid acceptability-grid--single" : "acceptability-grid"}>
        {single ? (
          <Panel title={frameworks[0]?.shortName ?? ""} rows={panels.map((p) => toRow(p.bars[0]!, p.stakeholder))} />
        ) : (
          panels.map((p) => <Panel key={p.criterion} title={p.stakeholder} rows={p.bars.map((b) => toRow(b, b.shortName))} />)
        )}
      </div>
    </ChartFrame>
  );
}
