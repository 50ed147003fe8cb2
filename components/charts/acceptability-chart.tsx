"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Criterion } from "@/lib/domain/criterion";
import type { Framework } from "@/lib/domain/framework";
import { formatValue } from "@/lib/domain/labels";
import { acceptabilityPanels, type AcceptabilityBar } from "@/lib/inclusiveness/chart-data";
import { ChartFrame } from "./chart-frame";

type Row = AcceptabilityBar & { name: string; plotted: number };

function AcceptabilityTooltip({ active, payload }: { active?: boolean; payload?: Array<{ payload: Row }> }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.name}</strong>
      <div>{row.value === null ? "No data: the source is silent" : `${formatValue(row.value, -2)}${row.label ? `: ${row.label}` : ""}`}</div>
      <p className="chart-tooltip__rationale">{row.rationale}</p>
      {row.confidence && <div className="muted">{row.confidence} confidence</div>}
    </div>
  );
}

/** Draws a value as a bar from zero, or a dashed "no data" marker at zero. */
function AcceptabilityShape(props: { x?: number; y?: number; width?: number; height?: number; payload?: Row }) {
  const { x = 0, y = 0, width = 0, height = 0, payload } = props;
  if (!payload) return null;
  if (payload.value === null) {
    // Plotted at 0, so the bar starts (and ends) on the zero line.
    const zero = x;
    return (
      <g className="acceptability-missing">
        <rect x={zero - 28} y={y + 2} width={56} height={Math.max(0, height - 4)} fill="#fff" stroke="#6b7280" strokeDasharray="3 2" />
        <text x={zero} y={y + height / 2 + 4} textAnchor="middle" fontSize={11} fill="#4a5568">
          no data
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
  return (
    <div className="acceptability-panel" data-panel-title={title}>
      <h4>{title}</h4>
      <ResponsiveContainer width="100%" height={40 + 30 * rows.length}>
        <BarChart data={rows} layout="vertical" margin={{ left: 4, right: 12, top: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} tickFormatter={(v: number) => formatValue(v, -2)} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
          <ReferenceLine x={0} stroke="#1b2330" />
          <Tooltip content={<AcceptabilityTooltip />} cursor={{ fill: "rgba(20,33,61,0.06)" }} />
          <Bar
            dataKey="plotted"
            shape={(p: unknown) => <AcceptabilityShape {...(p as Parameters<typeof AcceptabilityShape>[0])} />}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

type Props = { frameworks: Framework[]; criteria: Criterion[] /** One framework: a single panel by stakeholder. */; single?: boolean };

/** How acceptable each framework is to Iran, Saudi Arabia, the US, Russia, China, the EU and India (-2..+2). */
export function AcceptabilityChart({ frameworks, criteria, single }: Props) {
  const panels = acceptabilityPanels(frameworks, criteria);
  const toRow = (bar: AcceptabilityBar, name: string): Row => ({ ...bar, name, plotted: bar.value ?? 0 });
  const missing = panels.reduce((n, p) => n + p.bars.filter((b) => b.value === null).length, 0);
  return (
    <ChartFrame
      id="acceptability"
      title="How acceptable is each framework to whom?"
      reading={`From −2 (rejects it outright, orange) to +2 (proposes or champions it, purple), as the source states or implies; ${missing} dashed markers show where it says nothing.`}
      downloadName="acceptability"
      legend={[
        { label: "rejects it (−1, −2)", colour: "#e66101" },
        { label: "accepts or champions it (+1, +2)", colour: "#5e3c99" },
        { label: "no data: the source is silent (dashed)", colour: "#ffffff" },
      ]}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">Framework</th>
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
                  return <td key={p.criterion}>{v === null ? "no data" : formatValue(v, -2)}</td>;
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
          rejects it (−1, −2)
        </li>
        <li>
          <span className="legend__swatch" style={{ background: "#5e3c99" }} />
          accepts or champions it (+1, +2)
        </li>
        <li>
          <span className="legend__swatch legend__swatch--missing" />
          no data: the source is silent
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
