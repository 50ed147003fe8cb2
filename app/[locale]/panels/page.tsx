import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { PanelCreateForm } from "@/components/panels/panel-create-form";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { fromReadModel } from "@/lib/server/page-data";
import { listPanels } from "@/lib/server/panels/panel-store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Panels" };

export default async function PanelsPage() {
  const [panels, session, frameworks, criteria] = await Promise.all([
    listPanels(),
    currentSession(),
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("criteria", listCriteria),
  ]);
  return (
    <>
      <h1>Panels</h1>
      <p className="lede">
        Weighting as a group: each participant weights the criteria through a personal link, and the panel shows the group's weights, where people disagree, and
        whether the ranking survives the disagreement.
      </p>
      {panels.length === 0 ? (
        <p>No panel yet.</p>
      ) : (
        <ul className="card-grid">
          {panels.map((p) => (
            <li key={p.slug} className="card">
              <h2>
                <Link href={`/panels/${p.slug}`}>{p.title}</Link>
              </h2>
              <p className="card__summary">{p.question}</p>
              <p className="card__meta">
                {p.closed ? "Closed" : p.closesAt ? `Open until ${p.closesAt.slice(0, 10)}` : "Open"} · {p.criteria.length} criteria · {p.frameworks.length}{" "}
                frameworks
              </p>
            </li>
          ))}
        </ul>
      )}
      {isWriter(session) ? (
        <PanelCreateForm
          frameworks={frameworks.map((f) => ({ slug: f.slug, name: f.shortName }))}
          criteria={criteria.map((c) => ({ slug: c.slug, name: c.name }))}
        />
      ) : (
        <p>Editors create panels: sign in as one to start one.</p>
      )}
    </>
  );
}
