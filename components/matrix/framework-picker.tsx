"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import type { FrameworkLabel } from "@/lib/domain/framework";
import { frameworkMatches } from "@/lib/domain/framework-search";
import { directionOf } from "@/lib/i18n/locales";
import { useLanguage } from "@/components/i18n/use-language";

type Props = {
  frameworks: FrameworkLabel[];
  /** Chosen framework slugs in display order. */
  chosen: string[];
  pinned: string[];
  onChange: (next: { chosen: string[]; pinned: string[] }) => void;
};

/**
 * Choose which frameworks to compare, in which order, and which stay pinned beside the criteria.
 * Memoised: with 200 frameworks it is hundreds of controls that a weight change leaves alone.
 */
export const FrameworkPicker = memo(function FrameworkPicker({ frameworks, chosen, pinned, onChange }: Props) {
  const t = useTranslations("matrix.picker");
  // Earlier columns stand to the right in a right-to-left page: the arrows point where a column moves.
  const [earlier, later] = directionOf(useLanguage()) === "rtl" ? ["→", "←"] : ["←", "→"];
  const status = useTranslations("statuses");
  const [find, setFind] = useState("");
  const bySlug = new Map(frameworks.map((f) => [f.slug, f]));
  const ordered = [...chosen.map((s) => bySlug.get(s)!).filter(Boolean), ...frameworks.filter((f) => !chosen.includes(f.slug))].filter((f) =>
    frameworkMatches(f, find),
  );
  const move = (slug: string, delta: number) => {
    const next = [...chosen];
    const i = next.indexOf(slug);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange({ chosen: next, pinned });
  };
  const toggle = (slug: string) => {
    const on = chosen.includes(slug);
    onChange({
      chosen: on ? chosen.filter((s) => s !== slug) : [...chosen, slug],
      pinned: on ? pinned.filter((s) => s !== slug) : pinned,
    });
  };
  const togglePin = (slug: string) => onChange({ chosen, pinned: pinned.includes(slug) ? pinned.filter((s) => s !== slug) : [...pinned, slug] });
  return (
    <fieldset className="picker">
      <legend>{t("legend")}</legend>
      <div className="picker__find">
        <label htmlFor="framework-find">{t("find")}</label>
        <input autoComplete="off" id="framework-find" type="search" value={find} placeholder={t("findPlaceholder")} onChange={(e) => setFind(e.target.value)} />
        {find && ordered.length === 0 && <p className="small muted">{t("noneFound")}</p>}
      </div>
      <ul>
        {ordered.map((f) => {
          const on = chosen.includes(f.slug);
          const position = chosen.indexOf(f.slug);
          return (
            <li key={f.slug} className={on ? undefined : "picker__off"}>
              <label>
                <input autoComplete="off" type="checkbox" checked={on} onChange={() => toggle(f.slug)} /> <bdi>{f.shortName}</bdi>
              </label>
              {f.status && (
                <span className="status-label" title={`${status(`${f.status}.label`)}: ${status(`${f.status}.description`)}`}>
                  {status(`${f.status}.label`)}
                </span>
              )}
              {f.aliases.length > 0 && <span className="small muted">{t("also", { aliases: f.aliases.join(", ") })}</span>}
              <span className="picker__buttons">
                <button type="button" onClick={() => move(f.slug, -1)} disabled={!on || position === 0} aria-label={t("moveLeft", { name: f.shortName })}>
                  {earlier}
                </button>
                <button
                  type="button"
                  onClick={() => move(f.slug, 1)}
                  disabled={!on || position === chosen.length - 1}
                  aria-label={t("moveRight", { name: f.shortName })}
                >
                  {later}
                </button>
                <button
                  type="button"
                  onClick={() => togglePin(f.slug)}
                  disabled={!on}
                  aria-pressed={pinned.includes(f.slug)}
                  aria-label={t("pin", { name: f.shortName })}
                >
                  {t("pinButton")}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
});
