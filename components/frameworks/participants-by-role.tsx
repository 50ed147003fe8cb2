import type { Actor } from "@/lib/domain/actor";
import type { Participant } from "@/lib/domain/framework";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import { ROLES } from "@/lib/domain/vocabulary";
import type { SourceIndex } from "@/components/evidence/citation-quote";
import { Evidence } from "@/components/evidence/evidence";
import { RoleBadge } from "./role-badge";

/** The framework's actors grouped by role, each with the reasoning and quote behind its role. */
export function ParticipantsByRole({
  participants,
  actors,
  editBase,
  sources,
}: {
  participants: Participant[];
  actors: Actor[];
  editBase?: string;
  sources?: SourceIndex;
}) {
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  const groups = ROLES.map((role) => ({ role, members: participants.filter((p) => p.role === role) })).filter((g) => g.members.length);
  if (groups.length === 0) return <p className="missing">The source places no actor in or outside this framework.</p>;
  return (
    <div className="roles">
      {groups.map(({ role, members }) => (
        <section key={role} className={`role-group role-${role}`} aria-labelledby={`role-${role}`}>
          <h3 id={`role-${role}`}>
            <RoleBadge role={role} />
            <span className="small muted">{ROLE_DESCRIPTIONS[role]}</span>
          </h3>
          <ul>
            {members.map((p) => (
              <li key={p.actor}>
                <details className="evidence">
                  <summary>
                    <strong>{names.get(p.actor) ?? p.actor}</strong>
                    <span className="small muted">
                      {ROLE_LABELS[role]} · {p.confidence} confidence
                    </span>
                  </summary>
                  <Evidence rationale={p.rationale} confidence={p.confidence} citations={p.citations} sources={sources} />
                  {editBase && (
                    <a href={`${editBase}/participants/${p.actor}/edit`} className="small">
                      Edit the role of {names.get(p.actor) ?? p.actor}
                    </a>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
