import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { CitationQuote, sourceIndex } from "@/components/evidence/citation-quote";
import { AssessmentsByCategory } from "@/components/frameworks/assessments-by-category";
import { ParticipantsByRole } from "@/components/frameworks/participants-by-role";
import { ShareMeter } from "@/components/frameworks/share-meter";
import { ConfidenceBadge } from "@/components/evidence/confidence-badge";
import { formatDate } from "@/lib/domain/dates";
import { formatAnnounced, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain/labels";
import { slugSchema } from "@/lib/domain/vocabulary";
import { inclusivenessIndex } from "@/lib/inclusiveness/inclusiveness-index";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { getFramework } from "@/lib/server/frameworks/get-framework";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listSavedScenarioSlugs } from "@/lib/server/scenarios/scenario-store";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { FrameworkCharts } from "@/components/inclusiveness/framework-charts";
import { ChartSource } from "@/components/charts/chart-source";
import { sourceLine } from "@/lib/charts/standalone-svg";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { Suspense } from "react";
import { compareMatrix } from "@/lib/compare/compare-matrix";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getFramework(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = await load((await params).slug);
  return { title: framework?.name ?? "Framework not found" };
}

export default async function FrameworkPage({ params }: Props) {
  const framework = await load((await params).slug);
  if (!framework) notFound();
  const [actors, criteria, categories, frameworks, presets, scenarioSlugs, session, sources] = await Promise.all([
    listActors(),
    listCriteria(),
    listCategories(),
    listFrameworks(),
    listPresets(),
    listSavedScenarioSlugs(),
    currentSession(),
    fromReadModel("sources", listSources),
  ]);
  const canEdit = isWriter(session);
  const sourcesBySlug = sourceIndex(sources);
  const proposer = actors.find((a) => a.slug === framework.proposer);
  const index = inclusivenessIndex(framework.participants, actors);
  const missing = framework.assessments.filter((a) => a.value === null).length;
  return (
    <article>
      <p className="small">
        <Link href="/">← All frameworks</Link>
      </p>
      <header className="framework-header">
        <h1>{framework.name}</h1>
        <dl className="facts">
          <div>
            <dt>Proposer</dt>
            <dd>{proposer?.name ?? "not named in the source"}</dd>
          </div>
          <div>
            <dt>Announced</dt>
            <dd>{formatAnnounced(framework.announced)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{framework.status ? <span title={STATUS_DESCRIPTIONS[framework.status]}>{STATUS_LABELS[framework.status]}</span> : "not stated"}</dd>
          </div>
          {framework.aliases.length > 0 && (
            <div>
              <dt>Also known as</dt>
              <dd>{framework.aliases.join(", ")}</dd>
            </div>
          )}
          <div>
            <dt>Assessments</dt>
            <dd>
              {framework.assessments.length} ({missing} silent)
            </dd>
          </div>
        </dl>
        <p className="lede">{framework.summary}</p>
        {canEdit && (
          <p className="small">
            <Link href={`/frameworks/${framework.slug}/edit`}>Edit the framework</Link>
          </p>
        )}
        {framework.summaryCitations.map((c) => (
          <CitationQuote key={`${c.document}-${c.lineStart}-${c.quote.slice(0, 16)}`} citation={c} source={sourcesBySlug[c.document]} />
        ))}
      </header>

      {(framework.statusEvidence || framework.announcedCitations.length > 0 || framework.lineage.length > 0) && (
        <section aria-labelledby="status-history">
          <h2 id="status-history">Status and history</h2>
          {framework.status && framework.statusEvidence && (
            <div className="assessment">
              <p>
                <strong>{STATUS_LABELS[framework.status]}</strong> ({STATUS_DESCRIPTIONS[framework.status]}).{" "}
                <ConfidenceBadge confidence={framework.statusEvidence.confidence} />
              </p>
              <p>{framework.statusEvidence.rationale}</p>
              {framework.statusEvidence.citations.map((c) => (
                <CitationQuote key={`${c.document}-${c.lineStart}-${c.quote.slice(0, 16)}`} citation={c} source={sourcesBySlug[c.document]} />
              ))}
            </div>
          )}
          {framework.announced && framework.announcedCitations.length > 0 && (
            <div className="assessment">
              <p>
                <strong>Announced {formatAnnounced(framework.announced)}</strong>
              </p>
              {framework.announcedCitations.map((c) => (
                <CitationQuote key={`${c.document}-${c.lineStart}-${c.quote.slice(0, 16)}`} citation={c} source={sourcesBySlug[c.document]} />
              ))}
            </div>
          )}
          {framework.lineage.length > 0 && (
            <>
              <h3>Earlier initiatives it continues</h3>
              <ol className="lineage" aria-label="Lineage">
                {framework.lineage.map((e) => (
                  <li key={`${e.date}-${e.text.slice(0, 16)}`} className="assessment">
                    <p>
                      <span className="lineage__date">{formatDate(e.date)}</span>
                      {e.text}
                    </p>
                    {e.citations.map((c) => (
                      <CitationQuote key={`${c.document}-${c.lineStart}-${c.quote.slice(0, 16)}`} citation={c} source={sourcesBySlug[c.document]} />
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="participants">
        <h2 id="participants">Who is in, who is watching, who is left out</h2>
        <div className="stat-row" style={{ marginBottom: "1rem" }}>
          <ShareMeter label="Littoral states inside" share={index.littoral} />
          <ShareMeter label="World powers inside" share={index.worldPowersInside} />
          <ShareMeter label="World powers inside or observing" share={index.worldPowersEngaged} />
        </div>
        <ParticipantsByRole
          participants={framework.participants}
          actors={actors}
          editBase={canEdit ? `/frameworks/${framework.slug}` : undefined}
          sources={sourcesBySlug}
        />
        {canEdit && (
          <form action={`/frameworks/${framework.slug}/participants/add`} className="add-role">
            <label htmlFor="add-role-actor">Add or change the role of</label>
            <select id="add-role-actor" name="actor">
              {actors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
            <button type="submit">Open the role</button>
          </form>
        )}
      </section>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">In the inclusiveness charts</h2>
        <p className="small muted">
          Where this framework sits among the others; <Link href="/inclusiveness">all the charts</Link>.
        </p>
        <Suspense fallback={<p>Loading the charts…</p>}>
          <ChartSource line={sourceLine(sources)}>
            <FrameworkCharts
              slug={framework.slug}
              frameworks={frameworks}
              criteria={criteria}
              matrix={compareMatrix(frameworks, criteria)}
              categories={categories}
              presets={presets}
              scenarioSlugs={scenarioSlugs}
              actors={actors}
              sources={sources}
            />
          </ChartSource>
        </Suspense>
      </section>

      <section aria-labelledby="assessments">
        <h2 id="assessments">Assessments by category</h2>
        <p className="small">
          <Link href={`/frameworks/${framework.slug}/history`}>History of changes</Link>
        </p>
        <AssessmentsByCategory
          assessments={framework.assessments}
          criteria={criteria}
          categories={categories}
          editBase={canEdit ? `/frameworks/${framework.slug}` : undefined}
          sources={sourcesBySlug}
        />
      </section>
    </article>
  );
}
