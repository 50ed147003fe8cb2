import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { HistoryTable } from "@/components/history/history-table";
import { HISTORY_ENTITIES, historyEntitySchema, historyQuerySchema } from "@/lib/domain/history-query";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Every change" };

const PLURAL: Record<(typeof HISTORY_ENTITIES)[number], string> = {
  framework: "Frameworks",
  assessment: "Assessments",
  participant: "Roles",
  criterion: "Criteria",
  actor: "Actors",
  source: "Sources",
  scenario: "Scenarios",
  dataset: "Imports",
};

const PAGE_SIZE = 100;

export default async function EveryChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const raw = params.entity;
  const entity = historyEntitySchema.safeParse(raw);
  const before = historyQuerySchema.safeParse({ before: params.before });
  const canRevert = await mayWrite();
  const { entries, nextBefore } = await listHistory(
    { entity: entity.success ? entity.data : undefined },
    { limit: PAGE_SIZE, before: before.success ? before.data.before : undefined, revealEmails: canRevert },
  );
  const olderHref =
    nextBefore === null ? null : `/history?${new URLSearchParams({ ...(entity.success ? { entity: entity.data } : {}), before: String(nextBefore) })}`;
  return (
    <>
      <h1>Every change</h1>
      <p className="lede">The audit trail of the whole dataset, newest first: who changed what, from what to what, and why. Nothing changes unseen.</p>
      {raw !== undefined && !entity.success && (
        <p className="notice" role="status">
          Ignored <code>entity={String(raw)}</code>: it must be one of {HISTORY_ENTITIES.join(", ")}. Showing every change.
        </p>
      )}
      <nav aria-label="Kind of record">
        <ul className="history-filter">
          <li>
            <Link href="/history" aria-current={entity.success ? undefined : "page"}>
              All
            </Link>
          </li>
          {HISTORY_ENTITIES.map((e) => (
            <li key={e}>
              <Link href={`/history?entity=${e}`} aria-current={entity.success && entity.data === e ? "page" : undefined}>
                {PLURAL[e]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <HistoryTable entries={entries} canRevert={canRevert} empty="No change has been recorded since the data was seeded." />
      {(olderHref || (before.success && before.data.before !== undefined)) && (
        <nav aria-label="Pages of changes" className="history-pages">
          {before.success && before.data.before !== undefined && (
            <Link href={entity.success ? `/history?entity=${entity.data}` : "/history"}>Newest changes</Link>
          )}
          {olderHref && <Link href={olderHref}>Older changes →</Link>}
        </nav>
      )}
    </>
  );
}
