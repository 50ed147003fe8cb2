import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { GROUP_LABELS } from "@/lib/domain/labels";
import { ACTOR_GROUPS } from "@/lib/domain/vocabulary";
import { listActors } from "@/lib/server/actors/list-actors";
import { mayWrite } from "@/lib/server/auth/current-session";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Criteria and actors" };

export default async function DataPage() {
  const [categories, criteria, actors, canWrite] = await Promise.all([listCategories(), listCriteria(), listActors(), mayWrite()]);
  return (
    <>
      <h1>Criteria and actors</h1>
      <p className="lede">
        The vocabulary every framework is assessed in: the criteria, grouped by category, and the states and organisations that take a role. Every change is
        recorded in the <Link href="/history">history</Link>.
      </p>
      <section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Criteria</h2>
        {canWrite && (
          <p>
            <Link href="/criteria/new">Add a criterion</Link>
          </p>
        )}
        {categories.map((category) => (
          <section key={category.slug} aria-labelledby={`category-${category.slug}`}>
            <h3 id={`category-${category.slug}`}>{category.name}</h3>
            <ul className="vocabulary-list">
              {criteria
                .filter((c) => c.category === category.slug)
                .map((c) => (
                  <li key={c.slug} id={`criterion-${c.slug}`}>
                    <strong>{c.name}</strong>{" "}
                    <span className="small muted">
                      ({c.direction}, {c.scale.min} to {c.scale.max})
                    </span>{" "}
                    — {c.description}{" "}
                    {canWrite && (
                      <Link href={`/criteria/${c.slug}/edit`} aria-label={`Edit the criterion ${c.name}`}>
                        Edit
                      </Link>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">Actors</h2>
        {canWrite && (
          <p>
            <Link href="/actors/new">Add an actor</Link>
          </p>
        )}
        {ACTOR_GROUPS.map((group) => (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{GROUP_LABELS[group]}</h3>
            <ul className="vocabulary-list">
              {actors
                .filter((a) => a.group === group)
                .map((a) => (
                  <li key={a.slug} id={`actor-${a.slug}`}>
                    <strong>{a.name}</strong>{" "}
                    <span className="small muted">
                      ({a.kind}
                      {a.worldPower ? ", world power" : ""})
                    </span>{" "}
                    {canWrite && (
                      <Link href={`/actors/${a.slug}/edit`} aria-label={`Edit the actor ${a.name}`}>
                        Edit
                      </Link>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
