import type { IssueReport } from "@/lib/domain/format-issues";
import { issueCode } from "@/lib/domain/issue-codes";
import { browserRobustnessRequestSchema } from "@/lib/domain/robustness";
import { robustness } from "@/lib/scoring/robustness-request";
import type { SmaaReply, SmaaRun } from "./smaa-messages";

// The robustness panel's worker: it checks the request as POST /api/robustness does (without the
// server's work limit: the CPU is the user's) and runs the same SMAA-2, so one seed gives the
// same numbers here and there. Cancelling terminates it; the page starts another.
const scope = self as unknown as { postMessage(reply: SmaaReply): void; onmessage: ((event: MessageEvent<SmaaRun>) => void) | null };

scope.onmessage = ({ data: { id, request } }) => {
  const refuse = (issue: IssueReport) => scope.postMessage({ type: "error", id, message: `${issue.path}: ${issue.message}`, issue });
  const parsed = browserRobustnessRequestSchema.safeParse(request);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first) scope.postMessage({ type: "error", id, message: "the request was refused" });
    else refuse({ path: first.path.join("."), message: first.message, ...issueCode(first) });
    return;
  }
  const { seed } = parsed.data;
  if (seed === undefined) {
    refuse({ path: "seed", message: "the browser's runs are always seeded", code: "alwaysSeeded" });
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
