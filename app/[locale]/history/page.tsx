import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { HistoryTable } from "@/components/history/history-table";
import { HISTORY_ENTITIES, historyEntitySchema, historyQuerySchema } from "@/lib/domain/history-query";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("everyChange") };
}

const PAGE_SIZE = 100;

export default async function EveryChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const raw = params.entity;
  const entity = historyEntitySchema.safeParse(raw);
  const before = historyQuerySchema.safeParse({ before: params.before });
  const [canRevert, t] = await Promise.all([mayWrite(), getTranslations("history")]);
  const { entries, nextBefore } = await listHistory(
    { entity: entity.success ? entity.data : undefined },
    { limit: PAGE_SIZE, before: before.success ? before.data.before : undefined, revealEmails: canRevert },
  );
  const olderHref =
    nextBefore === null ? null : `/history?${new URLSearchParams({ ...(entity.success ? { entity: entity.data } : {}), before: String(nextBefore) })}`;
  return (
    <>
      <h1>{t("everyChange")}</h1>
      <p className="lede">{t("everyChangeLede")}</p>
      {raw !== undefined && !entity.success && (
        <p className="notice" role="status">
          {t.rich("ignoredEntity", { value: String(raw), allowed: HISTORY_ENTITIES.join(", "), code: (c) => <code dir="ltr">{c}</code> })}
        </p>
      )}
      <nav aria-label={t("kindOfRecord")}>
        <ul className="history-filter">
          <li>
            <Link href="/history" aria-current={entity.success ? undefined : "page"}>
              {t("filters.all")}
            </Link>
          </li>
          {HISTORY_ENTITIES.map((e) => (
            <li key={e}>
              <Link href={`/history?entity=${e}`} aria-current={entity.success && entity.data === e ? "page" : undefined}>
                {t(`filters.${e}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <HistoryTable entries={entries} canRevert={canRevert} empty={t("emptySinceSeed")} />
      {(olderHref || (before.success && before.data.before !== undefined)) && (
        <nav aria-label={t("pagesOfChanges")} className="history-pages">
          {before.success && before.data.before !== undefined && (
            <Link href={entity.success ? `/history?entity=${entity.data}` : "/history"}>{t("newest")}</Link>
          )}
          {olderHref && <Link href={olderHref}>{t("older")}</Link>}
        </nav>
      )}
    </>
  );
}
