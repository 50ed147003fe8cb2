import { useTranslations } from "next-intl";
import type { Framework } from "@/lib/domain/framework";
import { useDateFormat } from "@/components/i18n/use-date-format";
import { useJoin } from "@/components/i18n/use-join";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";

type Props = {
  framework: Pick<Framework, "announced" | "status" | "aliases" | "assessments">;
  /** The proposer, its name in the page's language; none when the source does not name one. */
  proposer?: { name: string; untranslated?: readonly string[] };
};

/** A framework's facts at a glance: proposer, date, status, other names and how many assessments it has. */
export function FrameworkFacts({ framework, proposer }: Props) {
  const t = useTranslations("framework");
  const tStatuses = useTranslations("statuses");
  const formatDate = useDateFormat();
  const join = useJoin();
  const missing = framework.assessments.filter((a) => a.value === null).length;
  return (
    <dl className="facts">
      <div>
        <dt>{t("proposer")}</dt>
        <dd>
          {proposer ? (
            <>
              {proposer.name}
              <UntranslatedMark entity={proposer} />
            </>
          ) : (
            t("proposerUnknown")
          )}
        </dd>
      </div>
      <div>
        <dt>{t("announced")}</dt>
        <dd>{framework.announced ? formatDate(framework.announced) : t("dateNotStated")}</dd>
      </div>
      <div>
        <dt>{t("status")}</dt>
        <dd>
          {framework.status ? <span title={tStatuses(`${framework.status}.description`)}>{tStatuses(`${framework.status}.label`)}</span> : t("statusNotStated")}
        </dd>
      </div>
      {framework.aliases.length > 0 && (
        <div>
          <dt>{t("aliases")}</dt>
          <dd dir="auto">{join(framework.aliases)}</dd>
        </div>
      )}
      <div>
        <dt>{t("assessments")}</dt>
        <dd>{t("assessmentCount", { count: framework.assessments.length, missing })}</dd>
      </div>
    </dl>
  );
}
