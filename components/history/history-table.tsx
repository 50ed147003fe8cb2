import Link from "@/components/i18n/link";
import { revertLabel } from "@/lib/audit/revert-plan";
import type { HistoryEntry } from "@/lib/domain/history-entry";
import { RevertButton } from "@/components/edit/revert-button";
import { ChangeView } from "./change-view";

/** Where a recorded change's record lives in the app, for a link from its history row. */
function recordHref(entry: HistoryEntry): string | null {
  const [first, second] = entry.entityKey.split("/");
  if (entry.entity === "assessment") return `/frameworks/${first}/assessments/${second}/history`;
  if (entry.entity === "participant") return `/frameworks/${first}/participants/${second}/edit`;
  if (entry.entity === "framework") return `/frameworks/${first}`;
  if (entry.entity === "criterion") return `/criteria/${first}/edit`;
  if (entry.entity === "actor") return `/actors/${first}/edit`;
  if (entry.entity === "source") return `/sources/${first}`;
  return null;
}

const REVERT_OF = /^Revert of change #(\d+): /;

/** A reason that names another change ("Revert of change #12: …") links to that change's row. */
function Reason({ text }: { text: string | null }) {
  const match = text ? REVERT_OF.exec(text) : null;
  if (!text || !match) return <>{text}</>;
  return (
    <>
      Revert of <a href={`#change-${match[1]}`}>change #{match[1]}</a>: {text.slice(match[0].length)}
    </>
  );
}

/** The audit trail as a table: when, who, what, the change as a diff, why, and (for editors) how to undo it. */
export function HistoryTable({ entries, canRevert, empty }: { entries: HistoryEntry[]; canRevert: boolean; empty: string }) {
  if (entries.length === 0) return <p className="missing">{empty}</p>;
  // One save that changed several fields is undone as one: its newest row carries the button.
  const saves = new Map<string, HistoryEntry[]>();
  for (const e of entries) if (e.batch) saves.set(e.batch, [...(saves.get(e.batch) ?? []), e]);
  const saveOf = (e: HistoryEntry) => (e.batch ? saves.get(e.batch)! : [e]);
  // Changes already undone (as far as this list shows) say so instead of offering their undo again.
  const revertedBy = new Map<number, number>();
  for (const e of entries) {
    const match = e.reason ? REVERT_OF.exec(e.reason) : null;
    if (!match) continue;
    const target = entries.find((t) => t.id === Number(match[1]));
    for (const t of target ? saveOf(target) : [{ id: Number(match[1]) }]) if (!revertedBy.has(t.id)) revertedBy.set(t.id, e.id);
  }
  return (
    <div className="table-wrap">
      <table className="plain history">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Change</th>
            <th scope="col">Why</th>
            {canRevert && <th scope="col">Undo</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const href = recordHref(e);
            const label = canRevert ? revertLabel(e) : null;
            return (
              <tr key={e.id} id={`change-${e.id}`}>
                <td>
                  <a href={`#change-${e.id}`} aria-label={`Change ${e.id}`}>
                    {e.id}
                  </a>
                </td>
                <td>
                  <time dateTime={e.at}>{e.at.replace("T", " ").slice(0, 16)}</time>
                </td>
                <td>
                  {e.actor}
                  {e.actorEmail && e.actorEmail !== e.actor && <span className="small history__email">{e.actorEmail}</span>}
                </td>
                <td>
                  {e.action} {e.entity} {href ? <Link href={href}>{e.entityKey}</Link> : e.entityKey}
                  {e.field ? ` · ${e.field}` : ""}
                </td>
                <td className="history__value">
                  <ChangeView entry={e} />
                </td>
                <td>
                  <Reason text={e.reason} />
                </td>
                {canRevert && (
                  <td>
                    {revertedBy.has(e.id) ? (
                      <span className="small">
                        Reverted by <a href={`#change-${revertedBy.get(e.id)}`}>#{revertedBy.get(e.id)}</a>
                      </span>
                    ) : saveOf(e).length > 1 && label === "Revert" ? (
                      saveOf(e)[0] === e ? (
                        <RevertButton id={e.id} label={`the save of ${e.entityKey} (${saveOf(e).length} fields)`} action="Revert the save" scope="save" />
                      ) : (
                        <span className="small">
                          With <a href={`#change-${saveOf(e)[0]!.id}`}>#{saveOf(e)[0]!.id}</a>
                        </span>
                      )
                    ) : (
                      label && <RevertButton id={e.id} label={`${e.entityKey} ${e.field ?? ""}`.trim()} action={label} />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
