import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { useDateFormat } from "@/components/i18n/use-date-format";
import { ROLES } from "@/lib/domain/vocabulary";
import { inclusivenessIndex } from "@/lib/inclusiveness/inclusiveness-index";
import { RoleBadge } from "./role-badge";
import { ShareMeter } from "./share-meter";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import type { Localised } from "@/lib/i18n/localise-vocabulary";

export function FrameworkCard({ framework, actors }: { framework: Localised<Framework>; actors: Actor[] }) {
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  const index = inclusivenessIndex(framework.participants, actors);
  const counts = ROLES.map((role) => ({ role, n: framework.participants.filter((p) => p.role === role).length })).filter((c) => c.n > 0);
  const missing = framework.assessments.filter((a) => a.value === null).length;
  const t = useTranslations("frameworkCard");
  const tRoles = useTranslations("roles");
  const tStatuses = useTranslations("statuses");
  const formatDate = useDateFormat();
  return (
    <article className="card" aria-labelledby={`card-${framework.slug}`}>
      <h2 id={`card-${framework.slug}`}>
        <Link href={`/frameworks/${framework.slug}`} dir="auto">
          {framework.name}
        </Link>
        <UntranslatedMark entity={framework} />
      </h2>
      <p className="card__meta">
        {framework.proposer ? t("proposedBy", { name: names.get(framework.proposer) ?? framework.proposer }) : t("proposerUnknown")} ·{" "}
        {framework.announced ? <bdi>{formatDate(framework.announced)}</bdi> : t("dateNotStated")}
        {framework.status && (
          <>
            {" · "}
            <span className="status-label" title={tStatuses(`${framework.status}.description`)}>
              {tStatuses(`${framework.status}.label`)}
            </span>
          </>
        )}
      </p>
      {framework.aliases.length > 0 && (
        <p className="small muted" dir="auto">
          {t("aliases", { names: framework.aliases.join(", ") })}
        </p>
      )}
      <p className="card__summary" dir="auto">
        {framework.summary}
      </p>
      <div className="role-strip" aria-label={t("actorsByRole")}>
        {counts.map(({ role, n }) => (
          <RoleBadge key={role} role={role}>
            {t("roleCount", { count: n, role: tRoles(role) })}
          </RoleBadge>
        ))}
      </div>
      <div className="stat-row">
        <ShareMeter label={t("littoralInside")} share={index.littoral} />
        <ShareMeter label={t("worldPowersEngaged")} share={index.worldPowersEngaged} />
      </div>
      <p className="small muted">{t("assessments", { count: framework.assessments.length, missing })}</p>
    </article>
  );
}
