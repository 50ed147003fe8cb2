"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import type { Actor } from "@/lib/domain/actor";
import { GROUP_LABELS } from "@/lib/domain/labels";
import { actorWriteSchema, type ActorWrite } from "@/lib/domain/vocabulary-write";
import { ACTOR_GROUPS, ACTOR_KINDS, slugSchema } from "@/lib/domain/vocabulary";
import { FieldError } from "./field-error";
import { useVersionedPut, withoutSlug } from "./use-versioned-put";

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
  const slug = form.watch("slug");
  const put = useVersionedPut<ActorForm, Actor>(form, `/api/actors/${current?.slug ?? (slugSchema.safeParse(slug).success ? slug : "_")}`, withoutSlug);
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="panel edit-form" onSubmit={put.submit} noValidate>
      <div className="field">
        <label htmlFor="slug">Slug (a state's ISO 3166-1 code in lower case, such as tr)</label>
        <input id="slug" type="text" readOnly={!!current} aria-describedby="slug-error" {...form.register("slug")} />
        <FieldError errors={errors} name="slug" />
      </div>
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" type="text" aria-describedby="name-error" {...form.register("name")} />
        <FieldError errors={errors} name="name" />
      </div>
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
      <div className="field">
        <label htmlFor="reason">Reason (recorded)</label>
        <input id="reason" type="text" aria-describedby="reason-error" {...form.register("reason")} />
        <FieldError errors={errors} name="reason" />
      </div>
      {put.failure && (
        <p className="notice" role="alert">
          Not saved: {put.failure}
        </p>
      )}
      {put.conflict && (
        <section className="notice" role="alert" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">Someone changed this actor while you were editing</h2>
          <p>{put.conflict.error}. Theirs: <strong>{put.conflict.current.name}</strong> ({put.conflict.current.kind}, {GROUP_LABELS[put.conflict.current.group]})</p>
          <button type="button" onClick={put.keepMine}>
            Keep mine (save over theirs)
          </button>{" "}
          <button type="button" onClick={() => put.takeTheirs((c) => ({ ...c, reason: "" }))}>
            Take theirs
          </button>
        </section>
      )}
      {put.saved !== null && (
        <p role="status" className="saved">
          Saved as version {put.saved}. <Link href="/data">Back to the criteria and actors</Link>
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {current ? "Save the actor" : "Add the actor"}
      </button>
    </form>
  );
}
