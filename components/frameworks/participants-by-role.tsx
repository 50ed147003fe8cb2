import { useTranslations } from "next-intl";
import type { Actor } from "@/lib/domain/actor";
import type { Participant } from "@/lib/domain/framework";
import { ROLES } from "@/lib/domain/vocabulary";
import type { SourceIndex } from "@/components/evidence/citation-quote";
import { Evidence } from "@/components/evidence/evidence";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import type { Localised } from "@/lib/i18n/localise-vocabulary";
import { RoleBadge } from "./role-badge";

/** The framework's actors grouped by role, each with the reasoning and quote behind its role. */
export function ParticipantsByRole({
  participants,
  actors,
  editBase,
  sources,
}: {
  participants: Participant[];
  /** The actors, their names in the page's language (lib/i18n/localise-vocabulary.ts). */
  actors: Array<Localised<Actor>>;
  editBase?: string;
  sources?: SourceIndex;
}) {
  const t = useTranslations("framework");
  const tRoles = useTranslations("roleBadge");
  const tEvidence = useTranslations("evidence");
  const bySlug = new Map(actors.map((a) => [a.slug, a]));
  const groups = ROLES.map((role) => ({ role, members: participants.filter((p) => p.role === role) })).filter((g) => g.members.length);
  if (groups.length === 0) return <p className="missing">{t("noRoles")}</p>;
  return (
    <div className="roles">
      {groups.map(({ role, members }) => (
        <section key={role} className={`role-group role-${role}`} aria-labelledby={`role-${role}`}>
          <h3 id={`role-${role}`}>
            <RoleBadge role={role} />
            <span className="small muted">{tRoles(`${role}.description`)}</span>
          </h3>
          <ul>
            {members.map((p) => {
              const actor = bySlug.get(p.actor);
              const name = actor?.name ?? p.actor;
              return (
                <li key={p.actor}>
                  <details className="evidence">
                    <summary>
                      <strong>
                        {name}
                        {actor && <UntranslatedMark entity={actor} />}
                      </strong>
                      <span className="small muted">
                        {tRoles(`${role}.label`)} · {tEvidence("confidence", { confidence: p.confidence })}
                      </span>
                    </summary>
                    <Evidence rationale={p.rationale} confidence={p.confidence} citations={p.citations} sources={sources} />
                    {editBase && (
                      <a href={`${editBase}/participants/${p.actor}/edit`} className="small">
                        {t.rich("editRole", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })}
                      </a>
                    )}
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
