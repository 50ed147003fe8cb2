import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import type { PanelRecord } from "@/lib/domain/panel";
import { usePanelState } from "./use-panel-state";

/** A panel in the list: its title and question as written, whether it is open, what it covers. */
export function PanelCard({ panel: p }: { panel: PanelRecord }) {
  const t = useTranslations("panels");
  const state = usePanelState();
  return (
    <li className="card">
      <h2>
        <Link href={`/panels/${p.slug}`}>
          <bdi>{p.title}</bdi>
        </Link>
      </h2>
      <p className="card__summary" dir="auto">
        {p.question}
      </p>
      <p className="card__meta">{t("cardMeta", { state: state(p), criteria: p.criteria.length, frameworks: p.frameworks.length })}</p>
    </li>
  );
}
