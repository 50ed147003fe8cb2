import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCriterion, localiseFramework } from "@/lib/i18n/localise-vocabulary";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { getFramework } from "@/lib/server/frameworks/get-framework";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("metaAssessment") };
}

type Props = { params: Promise<{ slug: string; criterion: string }> };

export default async function AssessmentHistoryPage({ params }: Props) {
  const { slug, criterion: criterionSlug } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(criterionSlug).success) notFound();
  const canRevert = await mayWrite();
  const [stored, criteria, { entries }, language, t] = await Promise.all([
    getFramework(slug),
    listCriteria(),
    listHistory({ entity: "assessment", key: `${slug}/${criterionSlug}` }, { revealEmails: canRevert }),
    currentLanguage(),
    getTranslations("history"),
  ]);
  const storedCriterion = criteria.find((c) => c.slug === criterionSlug);
  if (!stored || !storedCriterion) notFound();
  const framework = localiseFramework(stored, language);
  const criterion = localiseCriterion(storedCriterion, language);
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}#criterion-${criterionSlug}`}>{t("back", { name: framework.name })}</Link> ·{" "}
        <Link href={`/frameworks/${slug}/assessments/${criterionSlug}/edit`}>{t("edit")}</Link> ·{" "}
        <Link href={`/frameworks/${slug}/history`}>{t("frameworkHistory")}</Link>
      </p>
      <h1>{t.rich("assessmentTitle", { name: framework.shortName, criterion: criterion.name, bdi: (c) => <bdi>{c}</bdi> })}</h1>
      <HistoryTable entries={entries} canRevert={canRevert} empty={t("assessmentEmpty")} />
    </>
  );
}
