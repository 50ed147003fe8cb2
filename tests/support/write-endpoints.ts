import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as frameworksRoute from "@/app/api/frameworks/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as assessmentRoute from "@/app/api/frameworks/[slug]/assessments/[criterion]/route";
import * as participantRoute from "@/app/api/frameworks/[slug]/participants/[actor]/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as scenarioRoute from "@/app/api/scenarios/[slug]/route";
import * as duplicateRoute from "@/app/api/scenarios/[slug]/duplicate/route";
import * as panelsRoute from "@/app/api/panels/route";
import * as invitationsRoute from "@/app/api/panels/[slug]/invitations/route";
import * as invitationRoute from "@/app/api/panels/[slug]/invitations/[token]/route";

// The JSON write endpoints, for the tests that go through all of them (guards, fuzzing).
const seed = loadDatasetFile();
const hope = seed.frameworks.find((f) => f.slug === "hope")!;
const { slug: _s, ...viability } = seed.criteria.find((c) => c.slug === "viability")!;
const { criterion: _c, ...hopeOnIran } = hope.assessments.find((a) => a.criterion === "acceptability-ir")!;
const { actor: _a, ...saInHope } = hope.participants.find((p) => p.actor === "sa")!;
const scenario = {
  title: "Guarded",
  rationale: "A scenario nobody may save unseen.",
  criterionWeights: {},
  categoryWeights: {},
  settings: { method: "wsm", missing: "mean", frameworks: [] },
};

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
export type Endpoint = { route: string; method: string; handler: Handler; params: Record<string, string>; body: unknown };
/** Every data write, each with a body it would accept from an editor. */
export const writeEndpoints: Endpoint[] = [
  {
    route: "/api/frameworks",
    method: "POST",
    handler: frameworksRoute.POST as Handler,
    params: {},
    body: {
      slug: "guarded",
      name: "Guarded",
      shortName: "G",
      proposer: null,
      announced: null,
      summary: "A framework nobody may add unseen, anywhere.",
      summaryCitations: hope.summaryCitations,
      reason: "guard",
    },
  },
  {
    route: "/api/frameworks/[slug]",
    method: "PATCH",
    handler: frameworkRoute.PATCH as Handler,
    params: { slug: "hope" },
    body: { shortName: "Changed", version: 1, reason: "guard" },
  },
  {
    route: "/api/frameworks/[slug]",
    method: "DELETE",
    handler: frameworkRoute.DELETE as Handler,
    params: { slug: "hope" },
    body: { version: 1, reason: "guard" },
  },
  {
    route: "/api/frameworks/[slug]/assessments/[criterion]",
    method: "PUT",
    handler: assessmentRoute.PUT as Handler,
    params: { slug: "hope", criterion: "acceptability-ir" },
    body: { ...hopeOnIran, value: 2, version: 1, reason: "guard" },
  },
  {
    route: "/api/frameworks/[slug]/participants/[actor]",
    method: "PUT",
    handler: participantRoute.PUT as Handler,
    params: { slug: "hope", actor: "sa" },
    body: { ...saInHope, role: "observer", version: 1, reason: "guard" },
  },
  {
    route: "/api/frameworks/[slug]/participants/[actor]",
    method: "DELETE",
    handler: participantRoute.DELETE as Handler,
    params: { slug: "hope", actor: "sa" },
    body: { version: 1, reason: "guard" },
  },
  {
    route: "/api/criteria/[slug]",
    method: "PUT",
    handler: criterionRoute.PUT as Handler,
    params: { slug: "viability" },
    body: { ...viability, name: "Changed", version: 1, reason: "guard" },
  },
  {
    route: "/api/actors/[slug]",
    method: "PUT",
    handler: actorRoute.PUT as Handler,
    params: { slug: "iq" },
    body: { name: "Changed", kind: "state", group: "gulf-littoral", worldPower: false, version: 1, reason: "guard" },
  },
  { route: "/api/history/[id]/revert", method: "POST", handler: revertRoute.POST as Handler, params: { id: "1" }, body: { reason: "guard" } },
  { route: "/api/scenarios", method: "POST", handler: scenariosRoute.POST as Handler, params: {}, body: scenario },
  { route: "/api/scenarios/[slug]", method: "PUT", handler: scenarioRoute.PUT as Handler, params: { slug: "equal" }, body: { ...scenario, version: 1 } },
  { route: "/api/scenarios/[slug]", method: "DELETE", handler: scenarioRoute.DELETE as Handler, params: { slug: "equal" }, body: { version: 1 } },
  { route: "/api/scenarios/[slug]/duplicate", method: "POST", handler: duplicateRoute.POST as Handler, params: { slug: "equal" }, body: {} },
  {
    route: "/api/panels",
    method: "POST",
    handler: panelsRoute.POST as Handler,
    params: {},
    body: { title: "Guarded panel", question: "Which proposal should the Gulf states take up?", aggregation: "arithmetic", anonymous: true },
  },
  {
    route: "/api/panels/[slug]/invitations",
    method: "POST",
    handler: invitationsRoute.POST as Handler,
    params: { slug: "guarded-panel" },
    body: { labels: ["A"] },
  },
  {
    route: "/api/panels/[slug]/invitations/[token]",
    method: "DELETE",
    handler: invitationRoute.DELETE as Handler,
    params: { slug: "no-panel", token: "x" },
    body: {},
  },
];
