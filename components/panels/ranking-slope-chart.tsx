import { useTranslations } from "next-intl";

type Props = { columns: Array<{ title: string; ranking: string[] }>; names: Record<string, string> };

const COLUMN = 120;
const ROW = 28;
const TOP = 36;
const LABEL = 150;

/** Each framework's rank in the group (first column) and for each member, joined by a line: crossing lines are disagreement. */
export function RankingSlopeChart({ columns, names }: Props) {
  const t = useTranslations("panels");
  const slugs = columns[0]?.ranking ?? [];
  const width = LABEL + COLUMN * Math.max(1, columns.length - 1) + 40;
  const height = TOP + ROW * slugs.length;
  const x = (c: number) => LABEL + c * COLUMN;
  const y = (rank: number) => TOP + rank * ROW + ROW / 2;
  return (
    <div className="table-wrap">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("slopeLabel")} className="slope-chart">
        {columns.map((col, c) => (
          <text key={col.title} x={x(c)} y={16} textAnchor="middle" className="slope-chart__title">
            {col.title}
          </text>
        ))}
        {slugs.map((slug, row) => (
          <g key={slug}>
            <text x={LABEL - 12} y={y(row) + 4} textAnchor="end">
              {names[slug] ?? slug}
            </text>
            <polyline
              points={columns.map((col, c) => `${x(c)},${y(col.ranking.indexOf(slug))}`).join(" ")}
              className={`slope-chart__line slope-chart__line--${row % 6}`}
              fill="none"
            />
            {columns.map((col, c) => (
              <circle key={col.title} cx={x(c)} cy={y(col.ranking.indexOf(slug))} r={4} className={`slope-chart__dot slope-chart__line--${row % 6}`} />
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
