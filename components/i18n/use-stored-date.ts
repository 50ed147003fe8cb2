import { useFormatter } from "next-intl";
import { useDateFormat } from "./use-date-format";
import { useLanguage } from "./use-language";

/**
 * A day the app stored (an ISO timestamp or date): English shows it as stored (2024-05-01), the
 * other languages in words and their digits (1 May 2024 → ١ مايو ٢٠٢٤). Server and client
 * components alike.
 */
export function useStoredDay(): (iso: string) => string {
  const formatDate = useDateFormat();
  return useLanguage() === "en" ? (iso) => iso.slice(0, 10) : (iso) => formatDate(iso.slice(0, 10));
}

/**
 * A moment the app stored, to the minute in UTC: English as stored (2024-05-01 09:30), the other
 * languages with the month in words and their digits.
 */
export function useStoredMoment(): (iso: string) => string {
  const format = useFormatter();
  return useLanguage() === "en"
    ? (iso) => iso.replace("T", " ").slice(0, 16)
    : (iso) =>
        format.dateTime(new Date(iso), {
          day: "numeric",
          month: "short",
          year: "numeric",
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
          timeZone: "UTC",
        });
}
