"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { Actor } from "@/lib/domain/actor";
import { GROUP_LABELS } from "@/lib/domain/labels";
import { actorWriteSchema, type ActorWrite } from "@/lib/domain/vocabulary-write";
import { ACTOR_GROUPS, ACTOR_KINDS, slugSchema } from "@/lib/domain/vocabulary";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { useSlugRecordSave } from "./use-versioned-save";

const actorFormSchema = actorWriteSchema.extend({ slug: slugSchema });
type ActorForm = ActorWrite & { slug: string };

/** Add an actor (a state's slug is its ISO code) or change one; versioned and recorded. */
export function ActorForm({ current, version }: { current: Actor | null; version: number }) {
  const form = useForm<ActorForm>({
    resolver: zodResolver(actorFormSchema),
    defaultValues: {
      slug: current?.slug ?? "",
      name: current?.name ?? "",
      kind: current?.kind ?? "state",
      group: current?.group ?? "regional",
      worldPower: current?.worldPower ?? false,
      version,
      reason: "",
    },
  });
  const save = useSlugRecordSave<ActorForm, Actor>(form, {
    kind: "actors",
    current,
    labels: { name: "Name", kind: "Kind", group: "Group", worldPower: "World power" },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <TextField form={form} name="slug" label="Slug (a state's ISO 3166-1 code in lower case, such as tr)" readOnly={!!current} />
      <TextField form={form} name="name" label="Name" />
      <div className="field">
        <label htmlFor="kind">Kind</label>
        <select id="kind" {...form.register("kind")}>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="group">Group</label>
        <select id="group" {...form.register("group")}>
          {ACTOR_GROUPS.map((g) => (
            <option key={g} value={g}>
              {GROUP_LABELS[g]}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...form.register("worldPower")} /> A world power the source names as a future observer
      </label>
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="actor" save={save} />
      <button type="submit" disabled={isSubmitting}>
        {current ? "Save the actor" : "Add the actor"}
      </button>
    </form>
  );
}
