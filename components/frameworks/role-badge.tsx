import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import type { Role } from "@/lib/domain/vocabulary";

/** Role glyphs so that a role reads without colour. */
const ROLE_ICONS: Record<Role, string> = {
  leader: "★",
  core: "◆",
  member: "●",
  observer: "◐",
  mediator: "⇄",
  excluded: "○",
  targeted: "✕",
};

export function RoleBadge({ role, children }: { role: Role; children?: React.ReactNode }) {
  return (
    <span className={`badge badge--role role-${role}`} title={`${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}`}>
      <span aria-hidden="true">{ROLE_ICONS[role]}</span>
      {children ?? ROLE_LABELS[role]}
    </span>
  );
}
