"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";

type Props = { categories: Category[]; criteria: Criterion[]; locked: ReadonlySet<string>; onApply: (slugs: string[]) => void };

/** Quick weighting: tick the criteria that matter and set every other one to 0 (locked ones keep their weight). */
export function OnlyTheseCriteria({ categories, criteria, locked, onApply }: Props) {
  const t = useTranslations("onlyThese");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (slug: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(slug)) next.delete(slug);
      else next.add(slug);
      return next;
    });
  return (
    <details className="only-these">
      <summary>{t("summary")}</summary>
      <p className="small muted">{t("explanation", { zero: 0, given: 50 })}</p>
      {categories.map((category) => {
        const members = criteria.filter((c) => c.category === category.slug);
        if (members.length === 0) return null;
        return (
          <fieldset key={category.slug} className="only-these__group">
            <legend className="small">{category.name}</legend>
            {members.map((c) => (
              <label key={c.slug} className="checkbox small">
                <input autoComplete="off" type="checkbox" checked={chosen.has(c.slug)} onChange={() => toggle(c.slug)} />
                {c.name}
                {locked.has(c.slug) && <span className="muted"> {t("locked")}</span>}
              </label>
            ))}
          </fieldset>
        );
      })}
      <button type="button" disabled={chosen.size === 0} onClick={() => onApply([...chosen])}>
        {t("apply", { count: chosen.size, zero: 0 })}
      </button>
    </details>
  );
}
