import { useTranslations } from "next-intl";
import { useStoredDay } from "@/components/i18n/use-stored-date";

type PanelOpenness = { closed: boolean; closesAt?: string | null };

/** Whether a panel takes answers, in words: "Closed", "Open until 2026-05-01" (the day in words outside English), "Open"; lower case inside a sentence. */
export function usePanelState(): (panel: PanelOpenness, inSentence?: boolean) => string {
  const t = useTranslations("panels");
  const day = useStoredDay();
  return (panel, inSentence = false) => {
    const values = { state: panel.closed ? "closed" : panel.closesAt ? "until" : "open", date: panel.closesAt ? day(panel.closesAt) : "" };
    return inSentence ? t("stateInSentence", values) : t("state", values);
  };
}
