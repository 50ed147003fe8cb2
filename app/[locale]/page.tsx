import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { currentLanguage } from "@/i18n/current-language";
import { localizedPath } from "@/lib/i18n/locales";
import Link from "@/components/i18n/link";
import { FrameworkCard } from "@/components/frameworks/framework-card";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { fromReadModel } from "@/lib/server/page-data";
import { localiseActor, localiseFramework } from "@/lib/i18n/localise-vocabulary";
import { frameworkQuerySchema, searchFrameworks } from "@/lib/domain/framework-search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const parsed = frameworkQuerySchema.safeParse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
  const q = parsed.success ? parsed.data : "";
  const [frameworks, actors, criteria, categories] = await Promise.all([
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("actors", listActors),
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
  ]);
  const found = searchFrameworks(frameworks, q);
  const language = await currentLanguage();
  const localisedActors = actors.map((a) => localiseActor(a, language));
  const t = await getTranslations("home");
  const counts = { year: 2019, frameworks: frameworks.length, actors: actors.length, criteria: criteria.length, categories: categories.length };
  // The reader's words, in whatever script, isolated from the sentence around them.
  const term = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t.rich("lede", { ...counts, source: (chunks) => <Link href="/sources/stepanova-2020">{chunks}</Link> })}</p>
      <p className="small">{t.rich("editors", { add: (chunks) => <Link href="/frameworks/new">{chunks}</Link> })}</p>
      <form className="find-form" role="search" action={localizedPath(await currentLanguage(), "/")}>
        <label htmlFor="find-framework">{t("findLabel")}</label>
        <input id="find-framework" type="search" name="q" defaultValue={q} placeholder={t("findPlaceholder")} dir="auto" />
        <button type="submit">{t("find")}</button>
        {q && <Link href="/">{t("showAll")}</Link>}
      </form>
      {q && (
        <p role="status">
          {found.length === 0
            ? t.rich("noneFound", { query: q, term })
            : t.rich("someFound", { found: found.length, total: frameworks.length, query: q, term })}
        </p>
      )}
      <div className="card-grid">
        {found.map((f) => (
          <FrameworkCard key={f.slug} framework={localiseFramework(f, language)} actors={localisedActors} />
        ))}
      </div>
    </>
  );
}
