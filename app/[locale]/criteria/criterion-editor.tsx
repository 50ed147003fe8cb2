import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { languageOf } from "@/lib/i18n/locales";
import { localiseCriterion } from "@/lib/i18n/localise-vocabulary";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { recordVersion } from "@/lib/server/record-versions";
import { CriterionForm } from "@/components/edit/criterion-form";

/** The page for adding (slug null) or changing a criterion, with its history. */
export async function CriterionEditor({ slug }: { slug: string | null }) {
  // The version is read before the record: a write landing in between makes the form stale (409), never silently newer.
  const version = slug ? await recordVersion("criterion", slug) : 0;
  const [canWrite, t, language] = await Promise.all([mayWrite(), getTranslations("editor.criterion"), getLocale().then(languageOf)]);
  const [categories, criteria, history] = await Promise.all([
    listCategories(),
    listCriteria(),
    slug ? listHistory({ entity: "criterion", key: slug }, { revealEmails: canWrite }).then((p) => p.entries) : [],
  ]);
  const current = slug ? criteria.find((c) => c.slug === slug) : null;
  if (slug && !current) notFound();
  return (
    <>
      <p className="small">
        <Link href={current ? `/data#criterion-${current.slug}` : "/data"}>{t("back")}</Link>
      </p>
      <h1>{current ? t.rich("editTitle", { name: localiseCriterion(current, language).name, bdi: (chunks) => <bdi>{chunks}</bdi> }) : t("addTitle")}</h1>
      {!current && <p className="lede">{t("addLede")}</p>}
      {canWrite ? (
        <CriterionForm categories={categories} current={current ?? null} version={version} />
      ) : (
        <SignInToEdit back={current ? `/criteria/${current.slug}/edit` : "/criteria/new"} task={current ? "changeCriterion" : "addCriterion"} />
      )}
      {current && (
        <section aria-labelledby="criterion-history">
          <h2 id="criterion-history">{t("history")}</h2>
          <HistoryTable entries={history} canRevert={canWrite} empty={t("unchanged")} />
        </section>
      )}
    </>
  );
}
