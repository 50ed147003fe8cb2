"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import type { Actor } from "@/lib/domain/actor";
import type { Localised } from "@/lib/i18n/localise-vocabulary";
import type { Framework } from "@/lib/domain/framework";
import { buildComparison } from "@/lib/compare/build-comparison";
import { PROFILE_METHOD } from "@/lib/scoring/methods/registry";
import { categoryProfiles } from "@/lib/inclusiveness/chart-data";
import { AcceptabilityChart } from "@/components/charts/acceptability-chart";
import { ContributionsChart } from "@/components/charts/contributions-chart";
import { InclusivenessScatter } from "@/components/charts/inclusiveness-scatter";
import { ProfileChart } from "@/components/charts/profile-chart";
import { RolesMatrixChart } from "@/components/charts/roles-matrix-chart";
import { ParamNotices } from "@/components/compare/param-notices";
import { useViewTitles } from "@/components/weights/use-preset-title";
import { useComparisonFromUrl, useRankingAnalysis, type ComparisonData } from "@/components/compare/use-comparison-from-url";

/** /inclusiveness: the four charts, following the frameworks and weights chosen on /compare (same URL state). */
export function InclusivenessView({ actors, ...data }: ComparisonData<Framework> & { actors: Array<Localised<Actor>> }) {
  const t = useTranslations("inclusiveness");
  const tRanking = useTranslations("ranking");
  const { params, known, chosenFrameworks, resolved, label, ranked, scoring } = useComparisonFromUrl(data);
  const comparison = useRankingAnalysis(ranked, scoring);
  const { view } = useViewTitles(label, data.presets);
  const search = useSearchParams().toString();
  // Profiles read best as 0-1 per category, so they use min-max normalised values whatever the ranking method.
  const profileBasis = useMemo(
    () => buildComparison({ frameworks: chosenFrameworks, criteria: data.criteria, weights: resolved, method: PROFILE_METHOD, missing: params.missing }),
    [chosenFrameworks, data.criteria, resolved, params.missing],
  );
  const profiles = useMemo(
    () =>
      profileBasis.weights.normalised
        ? categoryProfiles(chosenFrameworks, data.criteria, data.categories, profileBasis.weights.normalised, profileBasis.contributions)
        : [],
    [profileBasis, chosenFrameworks, data.criteria, data.categories],
  );
  return (
    <div className="inclusiveness">
      <ParamNotices known={known} />
      <p className="settings-line">
        {t.rich("settings", {
          count: chosenFrameworks.length,
          view,
          method: tRanking(`methods.${params.method}`),
          strong: (chunks) => (
            <strong>
              <bdi>{chunks}</bdi>
            </strong>
          ),
          link: (chunks) => <Link href={`/compare${search ? `?${search}` : ""}`}>{chunks}</Link>,
        })}
      </p>
      <RolesMatrixChart frameworks={chosenFrameworks} actors={actors} />
      <InclusivenessScatter frameworks={chosenFrameworks} actors={actors} />
      <AcceptabilityChart frameworks={chosenFrameworks} criteria={data.criteria} actors={actors} />
      {profiles.length > 0 ? (
        <ProfileChart frameworks={chosenFrameworks} profiles={profiles} weightsNote={t("profileWeights")} />
      ) : (
        <p className="notice">{t("noProfile")}</p>
      )}
      {!comparison.problem && (
        <ContributionsChart
          frameworks={chosenFrameworks}
          criteria={data.criteria}
          categories={data.categories}
          ranking={comparison.ranking}
          contributions={comparison.contributions}
          method={params.method}
        />
      )}
    </div>
  );
}
