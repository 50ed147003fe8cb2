import { browserRobustnessRequestSchema } from "@/lib/domain/robustness";
import { robustness } from "@/lib/scoring/robustness-request";
import type { SmaaReply, SmaaRun } from "./smaa-messages";

// The robustness panel's worker: it checks the request as POST /api/robustness does (without the
// server's work limit: the CPU is the user's) and runs the same SMAA-2, so one seed gives the
// same numbers here and there. Cancelling terminates it; the page starts another.
const scope = self as unknown as { postMessage(reply: SmaaReply): void; onmessage: ((event: MessageEvent<SmaaRun>) => void) | null };

scope.onmessage = ({ data: { id, request } }) => {
  const parsed = browserRobustnessRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    scope.postMessage({ type: "error", id, message: issue ? `${issue.path.join(".")}: ${issue.message}` : "the request was refused" });
    return;
  }
  const { seed } = parsed.data;
  if (seed === undefined) {
    scope.postMessage({ type: "error", id, message: "seed: the browser's runs are always seeded" });
    return;
  }
  const total = parsed.data.samples;
  const started = performance.now();
  const result = robustness({ ...parsed.data, seed }, (done) => scope.postMessage({ type: "progress", id, done, total }));
  const elapsedMs = performance.now() - started;
  scope.postMessage(
    result.ok
      ? { type: "result", id, response: result.value, elapsedMs }
      : { type: "error", id, message: result.error, refusal: { code: result.code, params: result.params } },
  );
};
