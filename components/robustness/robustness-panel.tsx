"use client";

import { useTranslations } from "next-intl";
import { useProblemText } from "@/components/compare/use-problem-text";
import { useIssueText } from "@/components/edit/use-issue-text";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useQueryStates } from "nuqs";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Criterion } from "@/lib/domain/criterion";
import { ROBUSTNESS_LIMITS, type WEIGHT_MODELS } from "@/lib/domain/robustness";
import type { ValueFunctionMap } from "@/lib/compare/value-functions";
import { robustnessRequestFromView, type ViewWeightModel } from "@/lib/compare/robustness-request-from-view";
import type { PreferenceMap } from "@/lib/compare/preference-functions";
import type { MethodId } from "@/lib/scoring/methods/registry";
import type { MissingPolicy, RawMatrix } from "@/lib/scoring/types";
import { robustnessNumbers, robustnessParsers, SPREAD_LIMITS } from "@/lib/url-state/robustness-params";
import { RankAcceptabilityChart } from "@/components/charts/rank-acceptability-chart";
import { downloadBlob } from "@/components/charts/download-chart";
import { CentralWeightsTable } from "./central-weights-table";
import { readSetting, SettingField } from "./setting-field";
import { useSmaaWorker } from "./use-smaa-worker";

type Props = {
  method: MethodId;
  missing: MissingPolicy;
  /** The chosen frameworks' slugs, in the view's order. */
  frameworks: readonly string[];
  names: ReadonlyMap<string, string>;
  criteria: readonly Criterion[];
  /** What the view scores: rows by framework, columns by criterion, assumptions filled in. */
  values: RawMatrix;
  /** The view's effective weights, normalised, in criteria order (null when every weight is 0). */
  weights: readonly number[] | null;
  /** The view's preference functions (PROMETHEE II), by criterion. */
  preferences?: Readonly<PreferenceMap>;
  /** The view's value functions, by criterion. */
  valueFunctions?: Readonly<ValueFunctionMap>;
};

type ModelKind = (typeof WEIGHT_MODELS)[number];

const MODEL_CHOICES: readonly ModelKind[] = ["intervals", "ordinal", "simplex"];

const modelOf = (kind: ModelKind, spreadPercent: number): ViewWeightModel => (kind === "intervals" ? { kind, spreadPercent } : { kind });
const drawSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

function downloadJson(value: unknown, name: string) {
  downloadBlob(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" }), name);
}

/**
 * /compare's robustness panel (issue 15 §5): SMAA-2 on the view, with the weights uncertain in
 * the way chosen, run in a Web Worker with progress and cancel. Model, spread, samples and seed
 * live in the URL, and a link carrying a seed runs again on opening: same seed, same view, same
 * numbers, which POST /api/robustness also gives for the request it offers to download.
 */
export const RobustnessPanel = memo(function RobustnessPanel({
  method,
  missing,
  frameworks,
  names,
  criteria,
  values,
  weights,
  preferences,
  valueFunctions,
}: Props) {
  const t = useTranslations("robustness");
  const [params, setParams] = useQueryStates(robustnessParsers, { history: "push" });
  const { state, run, cancel, warm } = useSmaaWorker();
  // The method's own refusal in the page's language, as the ranking says it; a refused request by its issue's code (its field as the request names it).
  const failed = state.status === "failed" ? state : null;
  const problem = useProblemText({
    problem: failed?.message ?? null,
    problemCode: failed?.refusal?.code ?? null,
    problemParams: failed?.refusal?.params ?? null,
  });
  const say = useIssueText();
  const isolate = useIsolate();
  const failure = failed?.issue ? `${isolate(failed.issue.path)}: ${say(failed.issue)}` : problem;
  const [samplesText, setSamplesText] = useState(String(params.samples));
  const [seedText, setSeedText] = useState(params.seed === null ? "" : String(params.seed));
  const [spreadText, setSpreadText] = useState(String(params.spread));
  const samples = readSetting(robustnessNumbers.samples, samplesText);
  // An empty seed is none yet: the run draws one.
  const seed = seedText.trim() === "" ? { value: null, issue: null } : readSetting(robustnessNumbers.seed, seedText);
  const spread = readSetting(robustnessNumbers.spread, spreadText);
  // A refused run says what is wrong beside each field, from then on.
  const [refused, setRefused] = useState(false);

  // The request for these settings on the view: what a run sends.
  const requestFor = useCallback(
    (settings: { samples: number; seed: number; spread: number }) =>
      weights
        ? robustnessRequestFromView({
            method,
            missing,
            frameworks,
            criteria,
            values,
            weights,
            preferences,
            valueFunctions,
            model: modelOf(params.robust, settings.spread),
            ...settings,
          })
        : null,
    [method, missing, frameworks, criteria, values, weights, preferences, valueFunctions, params.robust],
  );
  // The request for the URL's settings, which tells a result on screen that the view has changed since.
  const request = useMemo(
    () => requestFor({ samples: params.samples, seed: params.seed ?? 0, spread: params.spread }),
    [requestFor, params.samples, params.seed, params.spread],
  );
  const requestKey = useMemo(() => JSON.stringify(request), [request]);

  // A link that carries a seed reproduces its run on opening.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !request) return;
    opened.current = true;
    if (params.seed !== null) run(request);
  }, [request, params.seed, run]);

  const start = async (form: HTMLFormElement) => {
    if (samples.value === null || seed.issue || (params.robust === "intervals" && spread.value === null)) {
      setRefused(true);
      form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    setRefused(false);
    const chosenSeed = seed.value ?? drawSeed();
    setSeedText(String(chosenSeed));
    const next = requestFor({ samples: samples.value, seed: chosenSeed, spread: spread.value ?? params.spread });
    if (next) run(next);
    await setParams({ samples: samples.value, seed: chosenSeed, spread: spread.value ?? params.spread });
  };

  const running = state.status === "running";
  const shown = state.status === "done" ? state : null;
  const shownKey = useMemo(() => (shown ? JSON.stringify(shown.request) : null), [shown]);
  const stale = shownKey !== null && shownKey !== requestKey;
  const weighed = useMemo(() => {
    if (!shown || !weights) return [];
    const ids = new Set(shown.request.criteria.map((c) => c.id));
    const kept = criteria.map((c, j) => ({ slug: c.slug, name: c.name, weight: weights[j]! })).filter((c) => ids.has(c.slug));
    const total = kept.reduce((s, c) => s + c.weight, 0);
    return kept.map((c) => ({ ...c, weight: total > 0 ? c.weight / total : 0 }));
  }, [shown, weights, criteria]);

  return (
    <section className="panel panel--robustness" aria-labelledby="robustness-heading" id="robustness" tabIndex={-1}>
      <h2 id="robustness-heading">{t("heading")}</h2>
      <p className="small muted">{t("intro")}</p>
      <form
        className="robustness__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start(e.currentTarget);
        }}
      >
        <fieldset className="robustness__models">
          <legend>{t("known")}</legend>
          {MODEL_CHOICES.map((kind) => (
            <label key={kind} className="robustness__model">
              <input
                autoComplete="off"
                type="radio"
                name="robust"
                value={kind}
                checked={params.robust === kind}
                onChange={() => void setParams({ robust: kind === "intervals" ? null : kind })}
              />
              {t(`models.${kind}`)}
            </label>
          ))}
          {params.robust === "intervals" && (
            <SettingField
              className="field robustness__spread"
              id="robust-spread"
              label={t("spread")}
              hint={t("spreadHint", { min: SPREAD_LIMITS.min, max: SPREAD_LIMITS.max })}
              type="number"
              min={SPREAD_LIMITS.min}
              max={SPREAD_LIMITS.max}
              text={spreadText}
              onText={(text) => {
                setSpreadText(text);
                const v = readSetting(robustnessNumbers.spread, text).value;
                if (v !== null) void setParams({ spread: v === SPREAD_LIMITS.default ? null : v });
              }}
              issue={spread.issue}
              showIssue={refused}
            />
          )}
        </fieldset>
        <div className="robustness__numbers">
          <SettingField
            id="robust-samples"
            label={t("samples")}
            hint={t("samplesHint", { min: ROBUSTNESS_LIMITS.minSamples, max: ROBUSTNESS_LIMITS.maxSamples })}
            type="number"
            min={ROBUSTNESS_LIMITS.minSamples}
            max={ROBUSTNESS_LIMITS.maxSamples}
            step={100}
            text={samplesText}
            onText={setSamplesText}
            issue={samples.issue}
            showIssue={refused}
          />
          <SettingField
            id="robust-seed"
            label={t("seed")}
            hint={t("seedHint")}
            type="text"
            text={seedText}
            onText={setSeedText}
            issue={seed.issue}
            showIssue={refused}
          />
        </div>
        <div className="robustness__actions">
          {/* The worker loads while the pointer or the focus reaches the button. */}
          <button type="submit" disabled={!weights || running} onPointerEnter={warm} onFocus={warm}>
            {t("run")}
          </button>
          {running && (
            <button type="button" onClick={cancel}>
              {t("cancel")}
            </button>
          )}
          {seedText !== "" && !running && (
            <button type="button" onClick={() => setSeedText(String(drawSeed()))}>
              {t("newSeed")}
            </button>
          )}
        </div>
      </form>
      <div className="robustness__status" role="status">
        {!weights && <p>{t("allZero")}</p>}
        {state.status === "running" && (
          <p>
            <progress max={state.request.samples} value={state.done} aria-label={t("progressLabel")} />{" "}
            {t("progress", { done: state.done, total: state.request.samples })}
          </p>
        )}
        {state.status === "cancelled" && <p>{t("cancelled", { done: state.done })}</p>}
        {state.status === "failed" && <p className="notice">{t("failed", { message: failure ?? state.message })}</p>}
        {shown && (
          <p data-testid="robustness-summary">
            {t("summary", {
              samples: shown.response.samples,
              seed: shown.response.seed,
              ms: Math.round(shown.elapsedMs),
              rate: Math.round(shown.response.samples / (Math.max(shown.elapsedMs, 1) / 1000)),
            })}
            {stale && ` ${t("stale")}`}
          </p>
        )}
      </div>
      {shown && (
        <div className={stale ? "robustness__result robustness__result--stale" : "robustness__result"}>
          <RankAcceptabilityChart acceptability={shown.response.rankAcceptability} names={names} samples={shown.response.samples} />
          <CentralWeightsTable
            criteria={weighed}
            centralWeights={shown.response.centralWeights}
            firstRank={shown.response.firstRankAcceptability}
            names={names}
          />
          <p className="small robustness__downloads">
            {t.rich("server", { code: (c) => <code dir="ltr">{c}</code> })}{" "}
            <button type="button" onClick={() => downloadJson(shown.request, "robustness-request.json")}>
              {t("request")}
            </button>{" "}
            <button type="button" onClick={() => downloadJson(shown.response, "robustness-result.json")}>
              {t("result")}
            </button>
          </p>
        </div>
      )}
    </section>
  );
});
