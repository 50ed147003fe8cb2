import { useFormatter, useTranslations } from "next-intl";
import { datePrecision, formatDate } from "@/lib/domain/dates";
import { useLanguage } from "./use-language";

/**
 * A date as exact as the source gives it, in the page's language and digits: "23 July 2019",
 * "٢٣ يوليو ٢٠١٩", "۲۳ ژوئیهٔ ۲۰۱۹", always in the Gregorian calendar (lib/i18n/locales.ts).
 * English keeps the exports' wording (lib/domain/dates.ts).
 */
export function useDateFormat() {
  const language = useLanguage();
  const format = useFormatter();
  const t = useTranslations("dates");
  return (date: string): string => {
    if (language === "en") return formatDate(date);
    const precision = datePrecision(date);
    const [year, month, day] = date.split("-").map(Number);
    if (precision === "decade") return t("decade", { year: year! });
    if (precision === "day") return format.dateTime(Date.UTC(year!, month! - 1, day), { day: "numeric", month: "long", year: "numeric" });
    if (precision === "month") return format.dateTime(Date.UTC(year!, month! - 1), { month: "long", year: "numeric" });
    return format.number(year!, { useGrouping: false });
  };
}
