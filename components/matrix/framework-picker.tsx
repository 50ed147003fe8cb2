"use client";

import { memo, useState } from "react";
import type { FrameworkLabel } from "@/lib/domain/framework";
import { frameworkMatches } from "@/lib/domain/framework-search";
import { STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain/labels";

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
      <legend>Frameworks</legend>
      <div className="picker__find">
        <label htmlFor="framework-find">Find a framework</label>
        <input id="framework-find" type="search" value={find} placeholder="name or alias, e.g. IMSC" onChange={(e) => setFind(e.target.value)} />
        {find && ordered.length === 0 && <p className="small muted">No framework goes by that name.</p>}
      </div>
      <ul>
        {ordered.map((f) => {
          const on = chosen.includes(f.slug);
          const position = chosen.indexOf(f.slug);
          return (
            <li key={f.slug} className={on ? undefined : "picker__off"}>
              <label>
                <input type="checkbox" checked={on} onChange={() => toggle(f.slug)} /> {f.shortName}
              </label>
              {f.status && (
                <span className="status-label" title={`${STATUS_LABELS[f.status]}: ${STATUS_DESCRIPTIONS[f.status]}`}>
                  {STATUS_LABELS[f.status]}
                </span>
              )}
              {f.aliases.length > 0 && <span className="small muted">also {f.aliases.join(", ")}</span>}
              <span className="picker__buttons">
                <button type="button" onClick={() => move(f.slug, -1)} disabled={!on || position === 0} aria-label={`Move ${f.shortName} left`}>
                  ←
                </button>
                <button type="button" onClick={() => move(f.slug, 1)} disabled={!on || position === chosen.length - 1} aria-label={`Move ${f.shortName} right`}>
                  →
                </button>
                <button type="button" onClick={() => togglePin(f.slug)} disabled={!on} aria-pressed={pinned.includes(f.slug)} aria-label={`Pin ${f.shortName}`}>
                  Pin
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
});
