import { formatDate } from "./dates";
import type { ActorGroup, Confidence, FrameworkStatus, Role } from "./vocabulary";

export const ROLE_LABELS: Record<Role, string> = {
  leader: "Leader",
  core: "Core",
  member: "Member",
  observer: "Observer",
  mediator: "Mediator",
  excluded: "Excluded",
  targeted: "Targeted",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  leader: "initiates or leads it",
  core: "its nucleus",
  member: "a member",
  observer: "takes part without membership or a vote",
  mediator: "a go-between for the parties, not a member",
  excluded: "left out, not its target",
  targeted: "the arrangement is directed against it",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: "High confidence: the source states it",
  medium: "Medium confidence: the source implies it",
  low: "Low confidence: the analyst's judgement",
};

export const GROUP_LABELS: Record<ActorGroup, string> = {
  "gulf-littoral": "Gulf littoral states",
  regional: "Other regional actors",
  "extra-regional": "Outside powers and organisations",
};

/** "+2", "0", "−1": signed values read better on a scale that crosses zero. */
export function formatValue(value: number, scaleMin: number): string {
  if (scaleMin >= 0) return String(value);
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return "0";
}

/** "2019-07-23" reads "23 July 2019", "2019-07" "July 2019"; "2019" stays "2019". */
export function formatAnnounced(announced: string | null): string {
  return announced ? formatDate(announced) : "date not stated";
}

export const STATUS_LABELS: Record<FrameworkStatus, string> = {
  proposal: "Proposal on the table",
  bid: "Bid",
  "line-of-thought": "Line of thought",
  "operating-coalition": "Operating coalition",
};

export const STATUS_DESCRIPTIONS: Record<FrameworkStatus, string> = {
  proposal: "put forward by a government and not (yet) in operation",
  bid: "an attempt under way by its sponsor to form it",
  "line-of-thought": "an idea in the debate, not tabled by a government",
  "operating-coalition": "formed and operating",
};
