import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevertButton } from "@/components/edit/revert-button";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listHistory } from "@/lib/server/audit/list-history";
import { currentSession } from "@/lib/server/auth/current-session";
import { getFramework } from "@/lib/server/frameworks/get-framework";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

export default async function HistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  const framework = await getFramework(slug);
  if (!framework) notFound();
  const [assessments, roles, own, session] = await Promise.all([
    listHistory("assessment", `${slug}/`),
    listHistory("participant", `${slug}/`),
    listHistory("framework", slug),
    currentSession(),
  ]);
  const entries = [...assessments, ...roles, ...own].sort((a, b) => b.id - a.id);
  const canRevert = session?.role === "editor" || session?.role === "admin";
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}`}>← {framework.name}</Link>
      </p>
      <h1>History of {framework.shortName}</h1>
      <p className="lede">Every change to this framework, its roles and its assessments: who, when, what, before and after, and why.</p>
      {entries.length === 0 ? (
        <p className="missing">No change has been recorded since the data was seeded.</p>
      ) : (
        <div className="table-wrap">
          <table className="plain history">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Why</th>
                {canRevert && <th scope="col">Revert</th>}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} id={`change-${e.id}`}>
                  <td>{e.at.replace("T", " ").slice(0, 16)}</td>
                  <td>{e.actor}</td>
                  <td>
                    {e.action} {e.entity} {e.entityKey}
                    {e.field ? ` · ${e.field}` : ""}
                  </td>
                  <td className="history__value">{show(e.before)}</td>
                  <td className="history__value">{show(e.after)}</td>
                  <td>{e.reason}</td>
                  {canRevert && <td>{e.entity === "assessment" && e.before !== null ? <RevertButton id={e.id} label={`${e.entityKey} ${e.field}`} /> : null}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
