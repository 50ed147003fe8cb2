import type { Metadata } from "next";
import Link from "next/link";
import { HistoryTable } from "@/components/history/history-table";
import { HISTORY_ENTITIES, historyEntitySchema } from "@/lib/domain/history-query";
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
  scenario: "Scenarios",
  dataset: "Imports",
};

export default async function EveryChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).entity;
  const entity = historyEntitySchema.safeParse(raw);
  const [entries, canRevert] = await Promise.all([listHistory(entity.success ? entity.data : undefined, undefined, undefined, 300), mayWrite()]);
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
      {entries.length === 300 && <p className="small">Showing the latest 300 changes; the API (<code>/api/history</code>) filters by record.</p>}
    </>
  );
}
