import { z } from "zod";
import { coded } from "./issue-codes";
import { announcedSchema } from "./vocabulary";

/** How exact a date is; it follows from the date's form ("2019" year, "2019-07" month, "2019-07-23" day, "1990s" decade). */
export const DATE_PRECISIONS = ["day", "month", "year", "decade"] as const;
type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date in a framework's history: any form `announced` takes, or a decade ("1990s") where the source gives no year. */
export const historyDateSchema = z.union([announcedSchema, z.string().regex(/^\d{3}0s$/)], {
  error: coded("notHistoryDate", 'must be "YYYY", "YYYY-MM", "YYYY-MM-DD" or a decade such as "1990s"'),
});

export function datePrecision(date: string): DatePrecision {
  if (date.endsWith("s")) return "decade";
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A date as exact as it is: "23 July 2019", "July 2019", "2019", "the 1990s". */
export function formatDate(date: string): string {
  const precision = datePrecision(date);
  if (precision === "decade") return `the ${date}`;
  const [year, month, day] = date.split("-").map(Number);
  if (precision === "day") return dayMonthYear.format(Date.UTC(year!, month! - 1, day));
  if (precision === "month") return monthYear.format(Date.UTC(year!, month! - 1));
  return String(year);
}
