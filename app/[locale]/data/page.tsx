import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { currentLanguage } from "@/i18n/current-language";
import { ACTOR_GROUPS } from "@/lib/domain/vocabulary";
import { localiseActor, localiseCategory, localiseCriterion } from "@/lib/i18n/localise-vocabulary";
import { listActors } from "@/lib/server/actors/list-actors";
import { mayWrite } from "@/lib/server/auth/current-session";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("data"))("title") };
}

export default async function DataPage() {
  const [storedCategories, storedCriteria, storedActors, canWrite, language, t, groups] = await Promise.all([
    listCategories(),
    listCriteria(),
    listActors(),
    mayWrite(),
    currentLanguage(),
    getTranslations("data"),
    getTranslations("exportSheet.groups"),
  ]);
  // The vocabulary in the page's language; a name without a translation stays English, marked.
  const categories = storedCategories.map((c) => localiseCategory(c, language));
  const criteria = storedCriteria.map((c) => localiseCriterion(c, language));
  const actors = storedActors.map((a) => localiseActor(a, language));
  const bdi = (c: React.ReactNode) => <bdi>{c}</bdi>;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t.rich("lede", { link: (c) => <Link href="/history">{c}</Link> })}</p>
      <section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">{t("criteria")}</h2>
        {canWrite && (
          <p>
            <Link href="/criteria/new">{t("addCriterion")}</Link>
          </p>
        )}
        {categories.map((category) => (
          <section key={category.slug} aria-labelledby={`category-${category.slug}`}>
            <h3 id={`category-${category.slug}`}>
              {category.name}
              <UntranslatedMark entity={category} />
            </h3>
            <ul className="vocabulary-list">
              {criteria
                .filter((c) => c.category === category.slug)
                .map((c) => (
                  <li key={c.slug} id={`criterion-${c.slug}`}>
                    <strong>{c.name}</strong>
                    <UntranslatedMark entity={c} />{" "}
                    <span className="small muted">{t.rich("criterionMeta", { direction: c.direction, min: c.scale.min, max: c.scale.max, bdi })}</span> —{" "}
                    {c.description}{" "}
                    {canWrite && (
                      <Link href={`/criteria/${c.slug}/edit`} aria-label={t("editCriterion", { name: c.name })}>
                        {t("edit")}
                      </Link>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">{t("actors")}</h2>
        {canWrite && (
          <p>
            <Link href="/actors/new">{t("addActor")}</Link>
          </p>
        )}
        {ACTOR_GROUPS.map((group) => (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{groups(group)}</h3>
            <ul className="vocabulary-list">
              {actors
                .filter((a) => a.group === group)
                .map((a) => (
                  <li key={a.slug} id={`actor-${a.slug}`}>
                    <strong>{a.name}</strong>
                    <UntranslatedMark entity={a} /> <span className="small muted">{t("actorMeta", { kind: a.kind, worldPower: String(a.worldPower) })}</span>{" "}
                    {canWrite && (
                      <Link href={`/actors/${a.slug}/edit`} aria-label={t("editActor", { name: a.name })}>
                        {t("edit")}
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
