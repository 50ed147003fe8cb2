import { useTranslations } from "next-intl";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useJoin } from "@/components/i18n/use-join";
import { useNumberFormat } from "@/components/i18n/use-number-format";

type Props = { label: string; shares: number[]; group: number; max: number };

const WIDTH = 220;
const HEIGHT = 22;

/** One criterion's members' weights as dots on a 0-max line, the group's weight as a bar. */
export function WeightDotPlot({ label, shares, group, max }: Props) {
  const t = useTranslations("panels");
  const { percent } = useNumberFormat();
  const isolate = useIsolate();
  const join = useJoin();
  const x = (v: number) => 6 + (max > 0 ? v / max : 0) * (WIDTH - 12);
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t("dotPlotLabel", { label: isolate(label), shares: join(shares.map(percent)), group: percent(group) })}
      className="dot-plot"
    >
      <line x1={6} x2={WIDTH - 6} y1={HEIGHT / 2} y2={HEIGHT / 2} className="dot-plot__axis" />
      {shares.map((s, i) => (
        <circle key={i} cx={x(s)} cy={HEIGHT / 2} r={4} className="dot-plot__member" />
      ))}
      <rect x={x(group) - 1.5} y={2} width={3} height={HEIGHT - 4} className="dot-plot__group" />
    </svg>
  );
}
