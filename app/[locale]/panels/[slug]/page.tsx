import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { PanelLinksAdmin } from "@/components/panels/panel-links-admin";
import { RankingSlopeChart } from "@/components/panels/ranking-slope-chart";
import { WeightDotPlot } from "@/components/panels/weight-dot-plot";
import { formatPercent } from "@/lib/compare/format";
import { panelCompareQuery } from "@/lib/panels/panel-compare-query";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { resultOfPanel } from "@/lib/server/panels/panel-result";
import { getPanel } from "@/lib/server/panels/panel-store";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const panel = await getPanel((await params).slug);
  return { title: panel ? `Panel: ${panel.title}` : "Panel not found" };
}

export default async function PanelPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [found, session] = await Promise.all([resultOfPanel(slug), currentSession()]);
  if (!found) notFound();
  const { result, pending, panel, criteria, frameworks } = found;
  const criterionName = Object.fromEntries(criteria.map((c) => [c.slug, c.name]));
  const frameworkName = Object.fromEntries(frameworks.map((f) => [f.slug, f.shortName]));
  const max = Math.max(0, ...Object.values(result.spread).map((s) => s.max), ...Object.values(result.weights));
  const disagreement = [...result.criteria].sort((a, b) => result.spread[b]!.sd - result.spread[a]!.sd).slice(0, 3);
  const leader = result.groupRanking[0];
  const agreeingOnLeader = result.memberRankings.filter((m) => m.ranking[0] === leader).length;
  const compare = panelCompareQuery(
    result,
    criteria.map((c) => c.slug),
  );
  return (
    <>
      <h1>{panel.title}</h1>
      <p className="lede">{panel.question}</p>
      <p>
        {result.members} {result.members === 1 ? "member has" : "members have"} answered · weights{" "}
        {panel.elicitation === "ahp" ? "by comparing pairs" : "on sliders"}, aggregated by the {result.aggregation} mean ·{" "}
        {panel.closed ? "closed" : panel.closesAt ? `open until ${panel.closesAt.slice(0, 10)}` : "open"}
      </p>
      {isWriter(session) && pending.length > 0 && <p>Not answered yet: {pending.join(", ")}</p>}
      {isWriter(session) && !panel.closed && <PanelLinksAdmin slug={slug} />}
      {result.members === 0 ? (
        <p>No answer has been submitted yet.</p>
      ) : (
        <>
          <section aria-labelledby="group-weights">
            <h2 id="group-weights">The group's weights</h2>
            <div className="table-wrap">
              <table>
                <caption>Each criterion's group weight (bar) and every member's weight (dots), as shares of each one's total</caption>
                <thead>
                  <tr>
                    <th scope="col">Criterion</th>
                    <th scope="col">Group weight</th>
                    <th scope="col">Members' weights</th>
                    <th scope="col">Spread (sd)</th>
                  </tr>
                </thead>
                <tbody>
                  {result.criteria.map((c) => (
                    <tr key={c}>
                      <th scope="row">{criterionName[c] ?? c}</th>
                      <td>{formatPercent(result.weights[c] ?? 0)}</td>
                      <td>
                        <WeightDotPlot
                          label={criterionName[c] ?? c}
                          shares={result.memberWeights.map((m) => m.weights[c] ?? 0)}
                          group={result.weights[c] ?? 0}
                          max={max}
                        />
                      </td>
                      <td>{formatPercent(result.spread[c]!.sd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              People disagree most on:{" "}
              {disagreement
                .map((c) => `${criterionName[c] ?? c} (${formatPercent(result.spread[c]!.min)} to ${formatPercent(result.spread[c]!.max)})`)
                .join("; ")}
              .
            </p>
          </section>
          <section aria-labelledby="group-ranking">
            <h2 id="group-ranking">The ranking</h2>
            <ol aria-label="The group's ranking, best first">
              {result.groupRanking.map((f) => (
                <li key={f} data-slug={f}>
                  {frameworkName[f] ?? f}
                </li>
              ))}
            </ol>
            <p>
              Agreement between the members' rankings: Kendall's W = {result.concordance === null ? "not defined" : result.concordance.toFixed(2)},{" "}
              {result.concordanceInWords}.{" "}
              {leader && `${frameworkName[leader] ?? leader} leads for the group and for ${agreeingOnLeader} of ${result.members} members.`}
            </p>
            <RankingSlopeChart
              columns={[{ title: "Group", ranking: result.groupRanking }, ...result.memberRankings.map((m) => ({ title: m.member, ranking: m.ranking }))]}
              names={frameworkName}
            />
            <div className="table-wrap">
              <table>
                <caption>Each member's ranking, best first</caption>
                <thead>
                  <tr>
                    <th scope="col">Rank</th>
                    <th scope="col">Group</th>
                    {result.memberRankings.map((m) => (
                      <th key={m.member} scope="col">
                        {m.member}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.groupRanking.map((f, i) => (
                    <tr key={f}>
                      <th scope="row">{i + 1}</th>
                      <td>{frameworkName[f] ?? f}</td>
                      {result.memberRankings.map((m) => (
                        <td key={m.member}>{frameworkName[m.ranking[i] ?? ""] ?? m.ranking[i]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <p>
            <Link href={`/compare?${compare}`}>Open the group's weights in the compare view</Link> ·{" "}
            <a href={`/api/panels/${slug}/result?format=csv`} download>
              Download the result (CSV)
            </a>{" "}
            ·{" "}
            <a href={`/api/panels/${slug}/result?format=xlsx`} download>
              the group's comparison with the result (Excel)
            </a>
          </p>
        </>
      )}
    </>
  );
}
