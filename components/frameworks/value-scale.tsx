import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Criterion } from "@/lib/domain/criterion";
import { scalePoints } from "@/lib/domain/criterion";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";

/** Scales up to this many points show each point; longer ones a track with a marker. */
const MAX_DRAWN_POINTS = 11;

/** A value read as on the number line, left to right, its sign before it, in any language. */
const number = (chunks: ReactNode) => <bdi dir="ltr">{chunks}</bdi>;

type Props = {
  /** The criterion, its scale labels in the page's language (lib/i18n/localise-vocabulary.ts). */
  criterion: Pick<Criterion, "scale"> & { untranslated?: readonly string[] };
  value: number | null;
};

/** Where a value sits on its criterion's scale, as marked points (or a marked track) plus the point's label. */
export function ValueScale({ criterion, value }: Props) {
  const t = useTranslations("valueScale");
  const format = useNumberFormat();
  const { min, max, labels } = criterion.scale;
  if (value === null)
    return (
      <span className="badge badge--missing" title={t("silentTitle")}>
        {t("silent")}
      </span>
    );
  const label = labels.find((l) => l.value === value)?.label;
  const values = { value: format.value(value, min), min: format.value(min, min), max: format.value(max, min), n: number };
  return (
    <span className="assessment__value">
      {max - min + 1 <= MAX_DRAWN_POINTS ? (
        // A number line reads from -2 to +2 left to right in every language (docs/i18n.md).
        <span className="scale" aria-hidden="true" dir="ltr">
          {scalePoints(criterion.scale).map((p) => (
            <span key={p} className={`scale__point${p === value ? " scale__point--on" : ""}`}>
              {format.value(p, min)}
            </span>
          ))}
        </span>
      ) : (
        <span className="scale-track" aria-hidden="true" dir="ltr">
          <span className="scale-track__marker" style={{ left: `${((Math.min(Math.max(value, min), max) - min) / (max - min)) * 100}%` }} />
        </span>
      )}
      <span className="value-label">
        {label ? t.rich("valueLabelled", { ...values, label }) : t.rich("value", values)}
        {label && <UntranslatedMark entity={criterion} field="scale" />}
      </span>
    </span>
  );
}
