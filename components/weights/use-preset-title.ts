import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useIsolate } from "@/components/i18n/use-isolate";
import type { ViewLabel } from "@/lib/compare/view-label";
import type { Preset } from "@/lib/domain/preset";
import type { Localised } from "@/lib/i18n/localise-vocabulary";

/**
 * A stakeholder preset's title as a string (an option, a column's tooltip, "Custom (from …)"):
 * in the page's language (lib/i18n/localise-vocabulary's localisePreset), or in English marked
 * "(EN)" and isolated where it has no translation; no preset (a view without one) is the equal
 * weights, in the page's words.
 */
export function usePresetTitle(): (preset: Pick<Localised<Preset>, "title" | "untranslated"> | undefined) => string {
  const tWeights = useTranslations("weights");
  const tMark = useTranslations("untranslated");
  const isolate = useIsolate();
  return useCallback(
    (preset) => {
      if (!preset) return tWeights("equal");
      return preset.untranslated?.includes("title") ? isolate(tMark("inText", { name: preset.title })) : preset.title;
    },
    [tWeights, tMark, isolate],
  );
}

/**
 * The titles of the perspective on screen: its preset's; what it starts from (the saved
 * scenario it was opened from, its title as written and isolated, else the preset); and the
 * view's ("Custom (from <start>)" once a weight differs from it, lib/compare/view-label).
 */
export function useViewTitles(
  label: Pick<ViewLabel, "preset" | "scenario" | "custom">,
  presets: ReadonlyArray<Pick<Localised<Preset>, "slug" | "title" | "untranslated">>,
) {
  const tWeights = useTranslations("weights");
  const presetTitle = usePresetTitle();
  const isolate = useIsolate();
  const preset = presetTitle(presets.find((p) => p.slug === label.preset.slug));
  const start = label.scenario ? isolate(label.scenario.title) : preset;
  return { preset, start, view: label.custom ? tWeights("customView", { preset: start }) : start };
}
