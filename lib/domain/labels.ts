import type { ActorGroup, Confidence, Role } from "./vocabulary";

export const ROLE_LABELS: Record<Role, string> = {
  leader: "Leader",
  core: "Core",
  member: "Member",
  observer: "Observer",
  excluded: "Excluded",
  targeted: "Targeted",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  leader: "initiates or leads it",
  core: "its nucleus",
  member: "a member",
  observer: "takes part without membership or a vote",
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

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2019-07" reads "July 2019"; "2019" stays "2019". */
export function formatAnnounced(announced: string | null): string {
  if (!announced) return "date not stated";
  const [year, month] = announced.split("-").map(Number);
  return month ? monthYear.format(Date.UTC(year!, month - 1)) : String(year);
}
