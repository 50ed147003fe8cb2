import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PanelCard } from "@/components/panels/panel-card";
import { PanelCreateForm } from "@/components/panels/panel-create-form";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCriterion, localiseFramework } from "@/lib/i18n/localise-vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { fromReadModel } from "@/lib/server/page-data";
import { listPanels } from "@/lib/server/panels/panel-store";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("panels"))("title") };
}

export default async function PanelsPage() {
  const [panels, session, frameworks, criteria, language, t] = await Promise.all([
    listPanels(),
    currentSession(),
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("criteria", listCriteria),
    currentLanguage(),
    getTranslations("panels"),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {panels.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="card-grid">
          {panels.map((p) => (
            <PanelCard key={p.slug} panel={p} />
          ))}
        </ul>
      )}
      {isWriter(session) ? (
        <PanelCreateForm
          frameworks={frameworks.map((f) => ({ slug: f.slug, name: localiseFramework(f, language).shortName }))}
          criteria={criteria.map((c) => ({ slug: c.slug, name: localiseCriterion(c, language).name }))}
        />
      ) : (
        <p>{t("signInToCreate")}</p>
      )}
    </>
  );
}
