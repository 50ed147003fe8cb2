import Link from "@/components/i18n/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        {t.rich("next", {
          frameworks: (chunks) => <Link href="/">{chunks}</Link>,
          sources: (chunks) => <Link href="/sources">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
