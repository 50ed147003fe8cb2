import Link from "next/link";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { formatAnnounced, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain/labels";
import { ROLES } from "@/lib/domain/vocabulary";
import { inclusivenessIndex } from "@/lib/inclusiveness/inclusiveness-index";
import { RoleBadge } from "./role-badge";
import { ShareMeter } from "./share-meter";

export function FrameworkCard({ framework, actors }: { framework: Framework; actors: Actor[] }) {
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  const index = inclusivenessIndex(framework.participants, actors);
  const counts = ROLES.map((role) => ({ role, n: framework.participants.filter((p) => p.role === role).length })).filter((c) => c.n > 0);
  const missing = framework.assessments.filter((a) => a.value === null).length;
  return (
    <article className="card" aria-labelledby={`card-${framework.slug}`}>
      <h2 id={`card-${framework.slug}`}>
        <Link href={`/frameworks/${framework.slug}`}>{framework.name}</Link>
      </h2>
      <p className="card__meta">
        {framework.proposer ? `Proposed by ${names.get(framework.proposer) ?? framework.proposer}` : "Proposer not named in the source"} ·{" "}
        {formatAnnounced(framework.announced)}
        {framework.status && (
          <>
            {" · "}
            <span className="status-label" title={STATUS_DESCRIPTIONS[framework.status]}>
              {STATUS_LABELS[framework.status]}
            </span>
          </>
        )}
      </p>
      {framework.aliases.length > 0 && <p className="small muted">Also known as {framework.aliases.join(", ")}</p>}
      <p className="card__summary">{framework.summary}</p>
      <div className="role-strip" aria-label="Actors by role">
        {counts.map(({ role, n }) => (
          <RoleBadge key={role} role={role}>
            {n} {role}
          </RoleBadge>
        ))}
      </div>
      <div className="stat-row">
        <ShareMeter label="Littoral states inside" share={index.littoral} />
        <ShareMeter label="World powers inside or observing" share={index.worldPowersEngaged} />
      </div>
      <p className="small muted">
        {framework.assessments.length} assessments, {missing} where the source is silent.
      </p>
    </article>
  );
}
