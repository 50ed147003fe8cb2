"use client";

import { CartesianGrid, LabelList, ReferenceArea, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { inclusivenessPoints, QUADRANT_LABELS, type IndexPoint } from "@/lib/inclusiveness/chart-data";
import { ChartFrame } from "./chart-frame";

const pct = (x: number) => `${Math.round(x * 100)}%`;

function PointTooltip({ active, payload }: { active?: boolean; payload?: Array<{ payload: IndexPoint }> }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <strong>{p.shortName}</strong>
      <div>
        Littoral states inside: {p.index.littoral.inside} of {p.index.littoral.of}
      </div>
      <div>
        World powers inside or observing: {p.index.worldPowersEngaged.inside} of {p.index.worldPowersEngaged.of}
      </div>
      {p.targeted.length > 0 && <div>Targeted: {p.targeted.join(", ")}</div>}
      {p.excluded.length > 0 && <div>Left out: {p.excluded.join(", ")}</div>}
      <div className="muted">{QUADRANT_LABELS[p.quadrant]}</div>
    </div>
  );
}

type Props = { frameworks: Framework[]; actors: Actor[]; highlight?: string };

/**
 * The inclusiveness index (lib/inclusiveness): the littoral states' share inside a framework
 * against the world powers' share inside or observing, with the four quadrants labelled.
 */
export function InclusivenessScatter({ frameworks, actors, highlight }: Props) {
  const { points, noData } = inclusivenessPoints(frameworks, actors);
  const names = new Map(frameworks.map((f) => [f.slug, f.shortName]));
  return (
    <ChartFrame
      id="inclusiveness-index"
      title="Inclusive region or exclusive bloc?"
      reading="Right: more of the eight littoral states inside (leader, core or member). Up: more of the five world powers (China, the EU, India, Russia, the US) inside, observing or mediating. Both shares come from the roles, never typed in."
      downloadName="inclusiveness-index"
      legend={[
        { label: "a framework", colour: "#14213d" },
        { label: "inclusive", colour: "#b3e2d5" },
        { label: "regional", colour: "#b3d0e6" },
        { label: "outside-led", colour: "#f5e0b3" },
        { label: "exclusive bloc", colour: "#f2cfb3" },
      ]}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">Framework</th>
              <th scope="col">Littoral states inside</th>
              <th scope="col">World powers inside</th>
              <th scope="col">World powers inside or observing</th>
              <th scope="col">Targeted</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.slug}>
                <th scope="row">{p.shortName}</th>
                <td>
                  {p.index.littoral.inside} of {p.index.littoral.of} ({pct(p.littoral)})
                </td>
                <td>
                  {p.index.worldPowersInside.inside} of {p.index.worldPowersInside.of}
                </td>
                <td>
                  {p.index.worldPowersEngaged.inside} of {p.index.worldPowersEngaged.of} ({pct(p.worldPowers)})
                </td>
                <td>{p.targeted.join(", ") || "none"}</td>
              </tr>
            ))}
            {noData.map((slug) => (
              <tr key={slug}>
                <th scope="row">{names.get(slug)}</th>
                <td colSpan={4}>no data: the source gives this framework no roles</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <ResponsiveContainer width="100%" height={360}>
        <ScatterChart margin={{ top: 30, right: 40, bottom: 34, left: 8 }} accessibilityLayer={false}>
          <ReferenceArea
            x1={0.5}
            x2={1.05}
            y1={0.5}
            y2={1.12}
            fill="#009e73"
            fillOpacity={0.08}
            label={{ value: "Inclusive", position: "insideBottomRight", fontSize: 12 }}
          />
          <ReferenceArea
            x1={0.5}
            x2={1.05}
            y1={-0.05}
            y2={0.5}
            fill="#0072b2"
            fillOpacity={0.06}
            label={{ value: "Regional", position: "insideTopRight", fontSize: 12 }}
          />
          <ReferenceArea
            x1={-0.05}
            x2={0.5}
            y1={0.5}
            y2={1.12}
            fill="#e69f00"
            fillOpacity={0.08}
            label={{ value: "Outside-led", position: "insideTopLeft", fontSize: 12 }}
          />
          <ReferenceArea
            x1={-0.05}
            x2={0.5}
            y1={-0.05}
            y2={0.5}
            fill="#d55e00"
            fillOpacity={0.08}
            label={{ value: "Exclusive bloc", position: "insideBottomLeft", fontSize: 12 }}
          />
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="littoral"
            domain={[-0.05, 1.05]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={pct}
            name="Littoral states inside"
            label={{ value: "Littoral states inside", position: "bottom", offset: 8 }}
          />
          <YAxis
            type="number"
            dataKey="worldPowers"
            domain={[-0.05, 1.12]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={pct}
            name="World powers engaged"
            // Centred on the axis: anchored at its start, the rotated title ran off the top of the chart.
            label={{ value: "World powers engaged", angle: -90, position: "insideLeft", offset: 10, style: { textAnchor: "middle" } }}
            width={70}
          />
          <Tooltip content={<PointTooltip />} cursor={{ strokeDasharray: "3 3" }} />
          <Scatter
            data={points}
            fill="#14213d"
            isAnimationActive={false}
            className="index-points"
            shape={(props: { cx?: number; cy?: number; payload?: IndexPoint }) => {
              const on = highlight === undefined || props.payload?.slug === highlight;
              return (
                <circle className="index-point" cx={props.cx} cy={props.cy} r={on ? 9 : 6} fill={on ? "#14213d" : "#9aa3b5"} stroke="#fff" strokeWidth={2} />
              );
            }}
          >
            <LabelList dataKey="shortName" position="top" offset={12} fontSize={12} fill="#1b2330" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
      <ul className="legend">
        <li>
          <span className="legend__swatch legend__swatch--dot" />a framework{highlight ? " (this one larger and dark)" : ""}
        </li>
        <li>
          <span className="legend__swatch" style={{ background: "#009e73", opacity: 0.35 }} />
          inclusive
        </li>
        <li>
          <span className="legend__swatch" style={{ background: "#0072b2", opacity: 0.3 }} />
          regional
        </li>
        <li>
          <span className="legend__swatch" style={{ background: "#e69f00", opacity: 0.35 }} />
          outside-led
        </li>
        <li>
          <span className="legend__swatch" style={{ background: "#d55e00", opacity: 0.35 }} />
          exclusive bloc
        </li>
      </ul>
      {noData.length > 0 && <p className="small muted">No data (no roles in the source): {noData.map((s) => names.get(s)).join(", ")}.</p>}
    </ChartFrame>
  );
}
