import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PanelResultView } from "@/components/panels/panel-result-view";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCriterion, localiseFramework } from "@/lib/i18n/localise-vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { resultOfPanel } from "@/lib/server/panels/panel-result";
import { getPanel } from "@/lib/server/panels/panel-store";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [panel, t] = await Promise.all([getPanel((await params).slug), getTranslations("panels")]);
  return { title: panel ? t("metaTitle", { title: panel.title }) : t("notFound") };
}

export default async function PanelPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [found, session, language] = await Promise.all([resultOfPanel(slug), currentSession(), currentLanguage()]);
  if (!found) notFound();
  const { result, pending, panel, criteria, frameworks } = found;
  // The vocabulary in the page's language; the panel's title, question and members' labels as written.
  const criterionName = Object.fromEntries(criteria.map((c) => [c.slug, localiseCriterion(c, language).name]));
  const frameworkName = Object.fromEntries(frameworks.map((f) => [f.slug, localiseFramework(f, language).shortName]));
  return (
    <>
      <h1>
        <bdi>{panel.title}</bdi>
      </h1>
      <p className="lede" dir="auto">
        {panel.question}
      </p>
      <PanelResultView
        slug={slug}
        panel={panel}
        result={result}
        pending={pending}
        criterionName={criterionName}
        frameworkName={frameworkName}
        canWrite={isWriter(session)}
        criteriaSlugs={criteria.map((c) => c.slug)}
      />
    </>
  );
}
