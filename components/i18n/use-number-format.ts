import { useFormatter } from "next-intl";

/**
 * The app's number shapes in the page's language and digits (lib/compare/format.ts writes them
 * in English for the exports): a share as 3.1% (one significant figure under 0.1%), a score to
 * three decimals, a tick to a fixed number of decimals, a signed scale value. Server and client
 * components alike.
 */
export function useNumberFormat() {
  const format = useFormatter();
  return {
    percent(share: number): string {
      const p = share * 100;
      if (p === 0) return format.number(0, { style: "percent" });
      if (p < 0.1) return format.number(share, { style: "percent", maximumSignificantDigits: 1 });
      return format.number(share, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    },
    score: (score: number) => format.number(score, { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false }),
    integer: (n: number) => format.number(n, { maximumFractionDigits: 0 }),
    /** A chart's tick or a number to `digits` decimals, as toFixed writes it (no grouping, no sign on zero). */
    fixed: (n: number, digits: number) =>
      format.number(n, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false, signDisplay: "negative" }),
    /** A value on a criterion's scale as lib/domain/labels' formatValue writes it ("+2", "−1", "0"), in the page's digits. */
    value(value: number, scaleMin: number): string {
      const digits = format.number(Math.abs(value), { useGrouping: false });
      if (scaleMin >= 0) return value < 0 ? `\u2212${digits}` : digits;
      return value > 0 ? `+${digits}` : value < 0 ? `\u2212${digits}` : digits;
    },
  };
}
