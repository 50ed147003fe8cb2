import { useTranslations } from "next-intl";
import { useStoredDay } from "@/components/i18n/use-stored-date";

type Props = { label: string; panel: { anonymous: boolean; closed: boolean; closesAt?: string | null } };

/** Whom a personal link answers as, whether the result names them, and until when answers may change. */
export function ResponseIntro({ label, panel }: Props) {
  const t = useTranslations("panels");
  const day = useStoredDay();
  return (
    <p>
      {t.rich("answerAs", { label, anonymous: String(panel.anonymous), strong: (c) => <strong dir="auto">{c}</strong> })}{" "}
      {panel.closed ? t("closedNow") : panel.closesAt ? t("openUntil", { date: day(panel.closesAt) }) : ""}
    </p>
  );
}
