import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { languageOf } from "@/lib/i18n/locales";
import { localiseCriterion, localiseFramework } from "@/lib/i18n/localise-vocabulary";
import Link from "@/components/i18n/link";
import { pickHref, pickSources } from "@/lib/citations/citation-href";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/edit/assessment-form";
import { slugSchema } from "@/lib/domain/vocabulary";
import { getAssessmentVersion } from "@/lib/server/assessments/get-assessment-version";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { getFramework } from "@/lib/server/frameworks/get-framework";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { pickedCitation } from "@/lib/server/sources/picked-citation";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("editAssessment") };
}

type Props = { params: Promise<{ slug: string; criterion: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditAssessmentPage({ params, searchParams }: Props) {
  const { slug, criterion: criterionSlug } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(criterionSlug).success) notFound();
  // The version is read before the record: a write landing in between makes the form stale (409), never silently newer.
  const version = await getAssessmentVersion(slug, criterionSlug);
  const [framework, criteria, session, sources] = await Promise.all([
    getFramework(slug),
    listCriteria(),
    currentSession(),
    fromReadModel("sources", listSources),
  ]);
  const criterion = criteria.find((c) => c.slug === criterionSlug);
  if (!framework || !criterion) notFound();
  const assessment = framework.assessments.find((a) => a.criterion === criterionSlug);

  // Lines picked in the source viewer come back as ?cite=862-864&doc=stepanova-2020.
  const query = await searchParams;
  const [picked, tEditor, t, language] = await Promise.all([
    pickedCitation(query),
    getTranslations("editor"),
    getTranslations("editor.assessment"),
    getLocale().then(languageOf),
  ]);
  const named = localiseFramework(framework, language);
  const criterionNamed = localiseCriterion(criterion, language);
  const editPath = `/frameworks/${slug}/assessments/${criterionSlug}/edit`;
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}#criterion-${criterionSlug}`}>{tEditor.rich("back", { name: named.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</Link>{" "}
        · <Link href={`/frameworks/${slug}/assessments/${criterionSlug}/history`}>{t("history")}</Link>
      </p>
      <h1>{t.rich("title", { framework: named.shortName, criterion: criterionNamed.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</h1>
      <p className="lede">{criterionNamed.description}</p>
      {isWriter(session) ? (
        <AssessmentForm
          framework={slug}
          criterion={criterion}
          current={assessment ?? null}
          version={version}
          picked={picked}
          pickHref={pickHref(editPath, assessment?.citations ?? [], picked)}
          pickSources={pickSources(editPath, assessment?.citations ?? [], picked, sources)}
        />
      ) : (
        <SignInToEdit back={editPath} task="changeAssessment" role={session?.role} />
      )}
    </>
  );
}
