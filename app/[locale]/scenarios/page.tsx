import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScenarioCard } from "@/components/scenarios/scenario-card";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCriterion, localisePreset } from "@/lib/i18n/localise-vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listScenarios, mayChangeScenario, scenariosForReader } from "@/lib/server/scenarios/scenario-store";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scenarios"))("title") };
}

export default async function ScenariosPage() {
  const [scenarios, session, presets, storedCriteria, language, t] = await Promise.all([
    listScenarios(),
    currentSession(),
    listPresets(),
    listCriteria(),
    currentLanguage(),
    getTranslations("scenarios"),
  ]);
  const criteria = storedCriteria.map((c) => localiseCriterion(c, language));
  const presetBySlug = new Map(presets.map((p) => [p.slug, localisePreset(p, language)]));
  const canWrite = isWriter(session);
  const shown = await scenariosForReader(scenarios, canWrite);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <div className="card-grid">
        {scenarios.map((s, i) => (
          <ScenarioCard
            key={s.slug}
            scenario={shown[i]!}
            preset={s.preset ? presetBySlug.get(s.slug) : undefined}
            criteria={criteria}
            canWrite={canWrite}
            mayChange={mayChangeScenario(s, session)}
          />
        ))}
      </div>
    </>
  );
}
