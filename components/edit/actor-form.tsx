"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { actorTranslationsSchema } from "@/lib/domain/translations";
import { actorWriteSchema, type ActorWrite } from "@/lib/domain/vocabulary-write";
import { ACTOR_GROUPS, ACTOR_KINDS, slugSchema } from "@/lib/domain/vocabulary";
import { pruneTranslations, type TranslationFormValues, translationFormValues } from "@/lib/edit/translation-form";
import { codedResolver } from "./coded-resolver";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { TranslationFields } from "./translation-fields";
import { useSlugRecordSave } from "./use-versioned-save";

const TRANSLATED = ["name"] as const;

const actorFormSchema = actorWriteSchema.extend({ slug: slugSchema, translations: z.preprocess(pruneTranslations, actorTranslationsSchema) });
type ActorForm = Omit<ActorWrite, "translations"> & { slug: string; translations: TranslationFormValues };

/** Add an actor (a state's slug is its ISO code) or change one; versioned and recorded. */
export function ActorForm({ current, version }: { current: Actor | null; version: number }) {
  const t = useTranslations("editor.actor");
  const form = useForm<ActorForm>({
    resolver: codedResolver(actorFormSchema),
    defaultValues: {
      slug: current?.slug ?? "",
      name: current?.name ?? "",
      kind: current?.kind ?? "state",
      group: current?.group ?? "regional",
      worldPower: current?.worldPower ?? false,
      translations: translationFormValues(TRANSLATED, current?.translations),
      version,
      reason: "",
    },
  });
  const save = useSlugRecordSave<ActorForm, Actor>(form, {
    kind: "actors",
    current,
    labels: { name: t("name"), kind: t("kind"), group: t("group"), worldPower: t("worldPowerShort"), translations: t("translations") },
    toValues: (theirs) => ({ translations: translationFormValues(TRANSLATED, theirs.translations) }),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <TextField form={form} name="slug" label={t("slug")} readOnly={!!current} />
      <TextField form={form} name="name" label={t("name")} />
      <div className="field">
        <label htmlFor="kind">{t("kind")}</label>
        <select id="kind" {...form.register("kind")}>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="group">{t("group")}</label>
        <select id="group" {...form.register("group")}>
          {ACTOR_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`groups.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...form.register("worldPower")} /> {t("worldPower")}
      </label>
      <TranslationFields form={form} fields={[{ key: "name", label: t("name") }]} />
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="actor" save={save} />
      <button type="submit" disabled={isSubmitting}>
        {current ? t("save") : t("add")}
      </button>
    </form>
  );
}
