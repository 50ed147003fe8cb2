import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useJoin } from "@/components/i18n/use-join";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import type { PanelRecord, PanelResult } from "@/lib/domain/panel";
import { concordanceBand } from "@/lib/panels/kendalls-w";
import { panelCompareQuery } from "@/lib/panels/panel-compare-query";
import { PanelLinksAdmin } from "./panel-links-admin";
import { RankingSlopeChart } from "./ranking-slope-chart";
import { usePanelState } from "./use-panel-state";
import { WeightDotPlot } from "./weight-dot-plot";

type Props = {
  slug: string;
  panel: PanelRecord;
  result: PanelResult;
  pending: string[];
  /** The panel's criteria and frameworks by slug, named in the page's language. */
  criterionName: Record<string, string>;
  frameworkName: Record<string, string>;
  canWrite: boolean;
  /** All the criteria's slugs, for the compare view's address. */
  criteriaSlugs: string[];
};

/** A panel's page: who answered, the group's weights and where members disagree, the group's ranking against each member's. */
export function PanelResultView({ slug, panel, result, pending, criterionName, frameworkName, canWrite, criteriaSlugs }: Props) {
  const t = useTranslations("panels");
  const { percent, fixed } = useNumberFormat();
  const isolate = useIsolate();
  const join = useJoin();
  const state = usePanelState();
  const max = Math.max(0, ...Object.values(result.spread).map((s) => s.max), ...Object.values(result.weights));
  const disagreement = [...result.criteria].sort((a, b) => result.spread[b]!.sd - result.spread[a]!.sd).slice(0, 3);
  const leader = result.groupRanking[0];
  const agreeingOnLeader = result.memberRankings.filter((m) => m.ranking[0] === leader).length;
  const compare = panelCompareQuery(result, criteriaSlugs);
  const criterion = (c: string) => criterionName[c] ?? c;
  const framework = (f: string) => frameworkName[f] ?? f;
  // An anonymous panel's result numbers its members ("Participant 1"): said in the page's language.
  const member = (name: string, k: number) => (panel.anonymous ? t("anonymousMember", { number: k + 1 }) : name);
  const bdi = (c: React.ReactNode) => <bdi>{c}</bdi>;
  return (
    <>
      <p>
        {t("answered", {
          members: result.members,
          elicitation: panel.elicitation,
          aggregation: result.aggregation,
          state: state(panel, true),
        })}
      </p>
      {canWrite && pending.length > 0 && <p>{t("pending", { names: join(pending.map(isolate)) })}</p>}
      {canWrite && !panel.closed && <PanelLinksAdmin slug={slug} />}
      {result.members === 0 ? (
        <p>{t("noAnswer")}</p>
      ) : (
        <>
          <section aria-labelledby="group-weights">
            <h2 id="group-weights">{t("groupWeights")}</h2>
            <div className="table-wrap">
              <table>
                <caption>{t("weightsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("criterion")}</th>
                    <th scope="col">{t("groupWeight")}</th>
                    <th scope="col">{t("memberWeights")}</th>
                    <th scope="col">{t("spread")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.criteria.map((c) => (
                    <tr key={c}>
                      <th scope="row">{criterion(c)}</th>
                      <td>{percent(result.weights[c] ?? 0)}</td>
                      <td>
                        <WeightDotPlot
                          label={criterion(c)}
                          shares={result.memberWeights.map((m) => m.weights[c] ?? 0)}
                          group={result.weights[c] ?? 0}
                          max={max}
                        />
                      </td>
                      <td>{percent(result.spread[c]!.sd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              {t("disagreeMost", {
                list: disagreement
                  .map((c) => t("disagreeItem", { name: isolate(criterion(c)), min: percent(result.spread[c]!.min), max: percent(result.spread[c]!.max) }))
                  .join(t("listSeparator")),
              })}
            </p>
          </section>
          <section aria-labelledby="group-ranking">
            <h2 id="group-ranking">{t("ranking")}</h2>
            {/* Places written out rather than the list's own numbers, which CSS gives in Latin digits. */}
            <ol className="group-ranking" aria-label={t("rankingLabel")}>
              {result.groupRanking.map((f, k) => (
                <li key={f} data-slug={f}>
                  <span className="group-ranking__place">{t("rankNumber", { rank: k + 1 })}</span> <bdi>{framework(f)}</bdi>
                </li>
              ))}
            </ol>
            <p>
              {t("agreement", {
                w: result.concordance === null ? t("notDefined") : fixed(result.concordance, 2),
                band: t(`concordance.${concordanceBand(result.concordance)}`),
              })}{" "}
              {leader && t.rich("leads", { name: framework(leader), agreeing: agreeingOnLeader, members: result.members, bdi })}
            </p>
            <RankingSlopeChart
              columns={[
                { title: t("group"), ranking: result.groupRanking },
                ...result.memberRankings.map((m, k) => ({ title: member(m.member, k), ranking: m.ranking })),
              ]}
              names={frameworkName}
            />
            <div className="table-wrap">
              <table>
                <caption>{t("rankingsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("rank")}</th>
                    <th scope="col">{t("group")}</th>
                    {result.memberRankings.map((m, k) => (
                      <th key={m.member} scope="col" dir="auto">
                        {member(m.member, k)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.groupRanking.map((f, i) => (
                    <tr key={f}>
                      <th scope="row">{t("rankNumber", { rank: i + 1 })}</th>
                      <td>{framework(f)}</td>
                      {result.memberRankings.map((m) => (
                        <td key={m.member}>{framework(m.ranking[i] ?? "")}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <p>
            <Link href={`/compare?${compare}`}>{t("openInCompare")}</Link> ·{" "}
            <a href={`/api/panels/${slug}/result?format=csv`} download>
              {t("downloadCsv")}
            </a>{" "}
            ·{" "}
            <a href={`/api/panels/${slug}/result?format=xlsx`} download>
              {t("downloadXlsx")}
            </a>
          </p>
        </>
      )}
    </>
  );
}
