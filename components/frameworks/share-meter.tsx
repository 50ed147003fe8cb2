import { useTranslations } from "next-intl";
import type { Share } from "@/lib/inclusiveness/inclusiveness-index";

/** One share of the inclusiveness index as a labelled bar, readable as text alone. */
export function ShareMeter({ label, share }: { label: string; share: Share }) {
  const percent = share.share === null ? null : Math.round(share.share * 100);
  const insideOf = useTranslations("shareMeter")("insideOf", { inside: share.inside, of: share.of });
  return (
    <div className="meter">
      <span>
        {label}: <strong>{insideOf}</strong>
      </span>
      <div
        className="meter__bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={share.of}
        aria-valuenow={share.inside}
        aria-valuetext={insideOf}
      >
        <div className="meter__fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}
