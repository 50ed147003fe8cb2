"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { buildComparison } from "@/lib/compare/build-comparison";
import { PROFILE_METHOD } from "@/lib/scoring/methods/registry";
import { categoryProfiles } from "@/lib/inclusiveness/chart-data";
import { AcceptabilityChart } from "@/components/charts/acceptability-chart";
import { InclusivenessScatter } from "@/components/charts/inclusiveness-scatter";
import { ProfileChart } from "@/components/charts/profile-chart";
import { useComparisonFromUrl, type ComparisonData } from "@/components/compare/use-comparison-from-url";

/** A framework's place in the inclusiveness charts, with the weights of the current URL (as on /compare). */
export function FrameworkCharts({ slug, actors, ...data }: ComparisonData<Framework> & { slug: string; actors: Actor[] }) {
  const t = useTranslations("framework");
  const { params, resolved } = useComparisonFromUrl(data);
  const framework = data.frameworks.find((f) => f.slug === slug)!;
  const profile = useMemo(() => {
    // Category scores are relative to the other frameworks, so all of them are scored.
    const c = buildComparison({ frameworks: data.frameworks, criteria: data.criteria, weights: resolved, method: PROFILE_METHOD, missing: params.missing });
    return c.weights.normalised ? categoryProfiles([framework], data.criteria, data.categories, c.weights.normalised, c.contributions) : [];
  }, [data.frameworks, data.criteria, data.categories, resolved, params.missing, framework]);
  return (
    <div className="framework-charts">
      <InclusivenessScatter frameworks={data.frameworks} actors={actors} highlight={slug} />
      <AcceptabilityChart frameworks={[framework]} criteria={data.criteria} actors={actors} single />
      {profile.length > 0 && <ProfileChart frameworks={[framework]} profiles={profile} weightsNote={t("profileWeights")} />}
    </div>
  );
}
