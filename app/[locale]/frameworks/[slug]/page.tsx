import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitationQuote, sourceIndex } from "@/components/evidence/citation-quote";
import { AssessmentsByCategory } from "@/components/frameworks/assessments-by-category";
import { ParticipantsByRole } from "@/components/frameworks/participants-by-role";
import { ShareMeter } from "@/components/frameworks/share-meter";
import { FrameworkFacts } from "@/components/frameworks/framework-facts";
import { StatusHistory } from "@/components/frameworks/status-history";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { currentLanguage } from "@/i18n/current-language";
import { localiseActor, localiseCategory, localiseCriterion, localiseFramework, localisePreset } from "@/lib/i18n/localise-vocabulary";
import { slugSchema } from "@/lib/domain/vocabulary";
import { inclusivenessIndex } from "@/lib/inclusiveness/inclusiveness-index";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { getFramework } from "@/lib/server/frameworks/get-framework";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listSavedScenarios } from "@/lib/server/scenarios/scenario-store";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { FrameworkCharts } from "@/components/inclusiveness/framework-charts";
import { ChartSource } from "@/components/charts/chart-source";
import { sourceLine } from "@/lib/charts/standalone-svg";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { Suspense } from "react";
import { compareMatrix } from "@/lib/compare/compare-matrix";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getFramework(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = await load((await params).slug);
  if (!framework) return { title: (await getTranslations("framework"))("notFound") };
  return { title: localiseFramework(framework, await currentLanguage()).name };
}

export default async function FrameworkPage({ params }: Props) {
  const stored = await load((await params).slug);
  if (!stored) notFound();
  const [storedActors, storedCriteria, storedCategories, storedFrameworks, presets, scenarios, session, sources, language, t] = await Promise.all([
    listActors(),
    listCriteria(),
    listCategories(),
    listFrameworks(),
    listPresets(),
    listSavedScenarios(),
    currentSession(),
    fromReadModel("sources", listSources),
    currentLanguage(),
    getTranslations("framework"),
  ]);
  // The vocabulary in the page's language; rationales, quotes and lineage stay as written.
  const framework = localiseFramework(stored, language);
  const actors = storedActors.map((a) => localiseActor(a, language));
  const criteria = storedCriteria.map((c) => localiseCriterion(c, language));
  const categories = storedCategories.map((c) => localiseCategory(c, language));
  const frameworks = storedFrameworks.map((f) => localiseFramework(f, language));
  const canEdit = isWriter(session);
  const sourcesBySlug = sourceIndex(sources);
  const index = inclusivenessIndex(framework.participants, actors);
  return (
    <article>
      <p className="small">
        <Link href="/">{t("back")}</Link>
      </p>
      <header className="framework-header">
        <h1>
          {framework.name}
          <UntranslatedMark entity={framework} />
        </h1>
        <FrameworkFacts framework={framework} proposer={actors.find((a) => a.slug === framework.proposer)} />
        <p className="lede">
          {framework.summary}
          <UntranslatedMark entity={framework} field="summary" />
        </p>
        {canEdit && (
          <p className="small">
            <Link href={`/frameworks/${framework.slug}/edit`}>{t("edit")}</Link>
          </p>
        )}
        {framework.summaryCitations.map((c) => (
          <CitationQuote key={`${c.document}-${c.lineStart}-${c.quote.slice(0, 16)}`} citation={c} source={sourcesBySlug[c.document]} />
        ))}
      </header>

      <StatusHistory framework={framework} sources={sourcesBySlug} />

      <section aria-labelledby="participants">
        <h2 id="participants">{t("participants")}</h2>
        <div className="stat-row" style={{ marginBottom: "1rem" }}>
          <ShareMeter label={t("littoralInside")} share={index.littoral} />
          <ShareMeter label={t("worldPowersInside")} share={index.worldPowersInside} />
          <ShareMeter label={t("worldPowersEngaged")} share={index.worldPowersEngaged} />
        </div>
        <ParticipantsByRole
          participants={framework.participants}
          actors={actors}
          editBase={canEdit ? `/frameworks/${framework.slug}` : undefined}
          sources={sourcesBySlug}
        />
        {canEdit && (
          <form action={`/frameworks/${framework.slug}/participants/add`} className="add-role">
            <label htmlFor="add-role-actor">{t("addRole")}</label>
            <select id="add-role-actor" name="actor">
              {actors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
            <button type="submit">{t("openRole")}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t("charts")}</h2>
        <p className="small muted">{t.rich("chartsNote", { link: (chunks) => <Link href="/inclusiveness">{chunks}</Link> })}</p>
        <Suspense fallback={<p>{t("loadingCharts")}</p>}>
          <ChartSource line={sourceLine(sources)}>
            <FrameworkCharts
              slug={framework.slug}
              frameworks={frameworks}
              criteria={criteria}
              matrix={compareMatrix(storedFrameworks, storedCriteria)}
              categories={categories}
              presets={presets.map((p) => localisePreset(p, language))}
              scenarios={scenarios}
              actors={actors}
              sources={sources}
            />
          </ChartSource>
        </Suspense>
      </section>

      <section aria-labelledby="assessments">
        <h2 id="assessments">{t("assessmentsHeading")}</h2>
        <p className="small">
          <Link href={`/frameworks/${framework.slug}/history`}>{t("history")}</Link>
        </p>
        <AssessmentsByCategory
          assessments={framework.assessments}
          criteria={criteria}
          categories={categories}
          editBase={canEdit ? `/frameworks/${framework.slug}` : undefined}
          sources={sourcesBySlug}
        />
      </section>
    </article>
  );
}
