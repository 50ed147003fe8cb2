import { useTranslations } from "next-intl";

/**
 * Marks a name the page shows in English because it has no translation in the page's language
 * yet (lib/i18n/localise-vocabulary.ts); nothing when it has one.
 */
export function UntranslatedMark({ entity, field = "name" }: { entity: { untranslated?: readonly string[] }; field?: string }) {
  const t = useTranslations("untranslated");
  if (!entity.untranslated?.includes(field)) return null;
  return (
    <abbr className="untranslated-mark" title={t("title")} lang="en">
      {t("mark")}
    </abbr>
  );
}
