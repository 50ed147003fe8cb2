"use client";

import { type ComponentProps, memo, useMemo } from "react";
import { WeightSweepChart } from "@/components/charts/weight-sweep-chart";
import { methodPerspectives } from "@/lib/compare/perspectives";
import { type SweepTarget, weightSweep } from "@/lib/compare/weight-sweep";
import { PerspectivesPanel } from "./perspectives-panel";

// These panels compute what they draw from their props rather than being handed it: under
// InOwnTask that work (nine rankings; a hundred-step sweep) runs in the panel's own task, not in
// the compare view's render after every weight change.

type PerspectivesProps = Omit<ComponentProps<typeof PerspectivesPanel>, "methodColumns"> & {
  /** The view's weights, method and policy, scored under every method and policy. */
  under: Parameters<typeof methodPerspectives>[0];
};

export const PerspectivesUnderEveryMethod = memo(function PerspectivesUnderEveryMethod({ under, ...panel }: PerspectivesProps) {
  const methodColumns = useMemo(() => methodPerspectives(under), [under]);
  return <PerspectivesPanel {...panel} methodColumns={methodColumns} />;
});

type SweepProps = Omit<ComponentProps<typeof WeightSweepChart>, "sweep"> & {
  /** What the sweep rescored from: the view's scoring (null without one), criteria and weights. */
  from: Omit<Parameters<typeof weightSweep>[0], "scored"> & { scored: Parameters<typeof weightSweep>[0]["scored"] | undefined | null };
  target: SweepTarget;
};

export const SweepOfOneWeight = memo(function SweepOfOneWeight({ from, ...chart }: SweepProps) {
  const { target } = chart;
  const sweep = useMemo(() => (from.scored ? weightSweep({ ...from, scored: from.scored }, target) : null), [from, target]);
  return <WeightSweepChart {...chart} sweep={sweep} />;
});
