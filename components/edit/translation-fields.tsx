"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { TRANSLATED_LOCALES, type TranslatedLocale } from "@/lib/domain/translations";
import { directionOf, LOCALE_NAMES } from "@/lib/i18n/locales";
import { FieldError } from "./field-error";

export type TranslatedField = { key: string; label: string; rows?: number };

type Props<T extends FieldValues> = {
  form: UseFormReturn<T>;
  fields: TranslatedField[];
  /** A criterion's labelled points with their English labels: one input per point and language. */
  scaleLabels?: ReadonlyArray<{ value: number; label: string }>;
};

/**
 * The translatable fields of a record in Arabic, Persian and Russian, a group per language; each
 * input carries its language and direction, so Arabic and Persian are typed right to left. A
 * field left empty shows the English on the pages, marked as not yet translated.
 */
export function TranslationFields<T extends FieldValues>({ form, fields, scaleLabels }: Props<T>) {
  const t = useTranslations("editor.translations");
  const tLanguages = useTranslations("editor.languages");
  const { errors } = form.formState;
  return (
    <fieldset className="field translations">
      <legend>{t("legend")}</legend>
      <p className="small">{t("hint")}</p>
      {TRANSLATED_LOCALES.map((locale) => {
        const language = tLanguages(locale);
        const filled = countFilled(form.watch(`translations.${locale}` as Path<T>));
        return (
          <details key={locale} className="translation-language">
            <summary>
              {t("summary", { language, filled })}
              {language !== LOCALE_NAMES[locale] && <span lang={locale}> ({LOCALE_NAMES[locale]})</span>}
            </summary>
            {fields.map((f) => (
              <TranslationInput
                key={f.key}
                form={form}
                locale={locale}
                name={`translations.${locale}.${f.key}`}
                label={t("field", { field: f.label, language })}
                rows={f.rows}
              />
            ))}
            {distinctPoints(scaleLabels).map((l) => (
              <ScaleLabelInput
                key={l.value}
                form={form}
                locale={locale}
                point={l.value}
                label={t("scaleLabel", { point: l.value, english: l.label, language })}
              />
            ))}
          </details>
        );
      })}
      <FieldError errors={errors} name="translations" />
    </fieldset>
  );
}

/** One input per point, even while two labels of the form share a point (an error the scale reports). */
const distinctPoints = (labels: Props<FieldValues>["scaleLabels"] = []) =>
  labels.filter((l, i) => Number.isInteger(l.value) && labels.findIndex((o) => o.value === l.value) === i);

const countFilled = (fields: unknown): number =>
  Object.values((fields ?? {}) as Record<string, unknown>).reduce<number>(
    (n, v) => n + (typeof v === "string" ? (v.trim() ? 1 : 0) : v && typeof v === "object" ? countFilled(v) : 0),
    0,
  );

const idOf = (name: string) => name.replace(/\./g, "-");

type InputProps<T extends FieldValues> = { form: UseFormReturn<T>; locale: TranslatedLocale; name: string; label: string; rows?: number };

function TranslationInput<T extends FieldValues>({ form, locale, name, label, rows }: InputProps<T>) {
  const id = idOf(name);
  const shared = { id, lang: locale, dir: directionOf(locale), "aria-describedby": `${id}-error`, ...form.register(name as Path<T>) };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? <textarea rows={rows} {...shared} /> : <input type="text" {...shared} />}
      <FieldError errors={form.formState.errors} name={name} />
    </div>
  );
}

/**
 * A scale label's translation. Its point ("-2") cannot be a segment of a form path (it would read
 * as an index), so the language's labels are read and written as one record.
 */
function ScaleLabelInput<T extends FieldValues>({
  form,
  locale,
  point,
  label,
}: {
  form: UseFormReturn<T>;
  locale: TranslatedLocale;
  point: number;
  label: string;
}) {
  const name = `translations.${locale}.scaleLabels` as Path<T>;
  const labels = (form.watch(name) ?? {}) as Record<string, string>;
  const id = `translations-${locale}-scale-${point}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        lang={locale}
        dir={directionOf(locale)}
        value={labels[String(point)] ?? ""}
        onChange={(e) => form.setValue(name, { ...labels, [String(point)]: e.target.value } as never, { shouldDirty: true })}
      />
    </div>
  );
}
