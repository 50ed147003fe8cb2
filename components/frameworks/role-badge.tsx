import { useTranslations } from "next-intl";
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
  const t = useTranslations("roleBadge");
  return (
    <span className={`badge badge--role role-${role}`} title={t("title", { label: t(`${role}.label`), description: t(`${role}.description`) })}>
      <span aria-hidden="true">{ROLE_ICONS[role]}</span>
      {children ?? t(`${role}.label`)}
    </span>
  );
}
