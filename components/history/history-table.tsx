import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useStoredMoment } from "@/components/i18n/use-stored-date";
import { revertAction } from "@/lib/audit/revert-plan";
import type { HistoryEntry } from "@/lib/domain/history-entry";
import { RevertButton } from "@/components/edit/revert-button";
import { ChangeView } from "./change-view";
import { useAuditWords } from "./use-audit-words";

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
  const t = useTranslations("history");
  const match = text ? REVERT_OF.exec(text) : null;
  if (!text || !match) return <bdi>{text}</bdi>;
  return t.rich("revertOf", {
    id: Number(match[1]),
    reason: text.slice(match[0].length),
    link: (c) => <a href={`#change-${match[1]}`}>{c}</a>,
    bdi: (c) => <bdi>{c}</bdi>,
  });
}

/** The audit trail as a table: when, who, what, the change as a diff, why, and (for editors) how to undo it. */
export function HistoryTable({ entries, canRevert, empty }: { entries: HistoryEntry[]; canRevert: boolean; empty: string }) {
  const t = useTranslations("history");
  const words = useAuditWords();
  const moment = useStoredMoment();
  const isolate = useIsolate();
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
            <th scope="col">{t("columns.when")}</th>
            <th scope="col">{t("columns.who")}</th>
            <th scope="col">{t("columns.what")}</th>
            <th scope="col">{t("columns.change")}</th>
            <th scope="col">{t("columns.why")}</th>
            {canRevert && <th scope="col">{t("columns.undo")}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const href = recordHref(e);
            const action = canRevert ? revertAction(e) : null;
            return (
              <tr key={e.id} id={`change-${e.id}`}>
                <td>
                  <a href={`#change-${e.id}`} aria-label={t("changeLabel", { id: e.id })}>
                    {t("id", { id: e.id })}
                  </a>
                </td>
                <td>
                  <time dateTime={e.at}>{moment(e.at)}</time>
                </td>
                <td>
                  <bdi>{e.actor}</bdi>
                  {e.actorEmail && e.actorEmail !== e.actor && (
                    <span className="small history__email" dir="ltr">
                      {e.actorEmail}
                    </span>
                  )}
                </td>
                <td>
                  {t("whatDone", { action: words.action(e.action), entity: words.entity(e.entity) })}{" "}
                  <bdi>{href ? <Link href={href}>{e.entityKey}</Link> : e.entityKey}</bdi>
                  {e.field ? ` · ${words.field(e.field)}` : ""}
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
                        {t.rich("revertedBy", { id: revertedBy.get(e.id)!, link: (c) => <a href={`#change-${revertedBy.get(e.id)}`}>{c}</a> })}
                      </span>
                    ) : saveOf(e).length > 1 && action === "revert" ? (
                      saveOf(e)[0] === e ? (
                        <RevertButton id={e.id} what={t("revert.saveOf", { key: isolate(e.entityKey), count: saveOf(e).length })} action="revertSave" />
                      ) : (
                        <span className="small">
                          {t.rich("withSave", { id: saveOf(e)[0]!.id, link: (c) => <a href={`#change-${saveOf(e)[0]!.id}`}>{c}</a> })}
                        </span>
                      )
                    ) : (
                      action && (
                        <RevertButton
                          id={e.id}
                          what={e.field ? t("revert.fieldOf", { key: isolate(e.entityKey), field: words.field(e.field) }) : isolate(e.entityKey)}
                          action={action}
                        />
                      )
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
