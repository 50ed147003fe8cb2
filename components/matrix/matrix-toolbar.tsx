"use client";

import { useTranslations } from "next-intl";
import type { Category } from "@/lib/domain/criterion";

type Props = {
  categories: Category[];
  chosenCategories: string[];
  text: string;
  onlyDiffering: boolean;
  transpose: boolean;
  group: boolean;
  shown: number;
  total: number;
  onChange: (patch: Partial<{ cat: string[]; q: string; diff: boolean; t: boolean; group: boolean }>) => void;
};

/** Filters (category, text, only where the frameworks differ) and the layout switches of the matrix. */
export function MatrixToolbar(props: Props) {
  const { categories, chosenCategories } = props;
  const t = useTranslations("matrix.toolbar");
  const toggleCategory = (slug: string) =>
    props.onChange({ cat: chosenCategories.includes(slug) ? chosenCategories.filter((s) => s !== slug) : [...chosenCategories, slug] });
  return (
    <div className="toolbar">
      <div className="field">
        <label htmlFor="matrix-filter">{t("filter")}</label>
        <input
          autoComplete="off"
          id="matrix-filter"
          type="search"
          value={props.text}
          placeholder={t("filterPlaceholder")}
          onChange={(e) => props.onChange({ q: e.target.value })}
        />
      </div>
      <fieldset className="chips">
        <legend>{t("categories")}</legend>
        {categories.map((c) => (
          <label key={c.slug} className="chip">
            <input autoComplete="off" type="checkbox" checked={chosenCategories.includes(c.slug)} onChange={() => toggleCategory(c.slug)} /> {c.name}
          </label>
        ))}
      </fieldset>
      <div className="switches">
        <label>
          <input autoComplete="off" type="checkbox" checked={props.onlyDiffering} onChange={(e) => props.onChange({ diff: e.target.checked })} />{" "}
          {t("onlyDiffering")}
        </label>
        <label>
          <input autoComplete="off" type="checkbox" checked={props.group} onChange={(e) => props.onChange({ group: e.target.checked })} /> {t("group")}
        </label>
        <label>
          <input autoComplete="off" type="checkbox" checked={props.transpose} onChange={(e) => props.onChange({ t: e.target.checked })} /> {t("transpose")}
        </label>
      </div>
      <p className="small muted" role="status">
        {t("showing", { shown: props.shown, total: props.total })}
      </p>
    </div>
  );
}
