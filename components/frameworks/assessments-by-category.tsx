import { useTranslations } from "next-intl";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { Assessment } from "@/lib/domain/framework";
import type { SourceIndex } from "@/components/evidence/citation-quote";
import { Evidence } from "@/components/evidence/evidence";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { useIsolate } from "@/components/i18n/use-isolate";
import type { Localised } from "@/lib/i18n/localise-vocabulary";
import { ValueScale } from "./value-scale";

type Props = {
  assessments: Assessment[];
  /** Criteria and categories in the page's language (lib/i18n/localise-vocabulary.ts). */
  criteria: Array<Localised<Criterion>>;
  categories: Array<Localised<Category>>;
  editBase?: string;
  sources?: SourceIndex;
};

/** A framework's assessments under their categories, each with value, rationale, confidence and quote. */
export function AssessmentsByCategory({ assessments, criteria, categories, editBase, sources }: Props) {
  const t = useTranslations("framework");
  const isolate = useIsolate();
  const byCriterion = new Map(assessments.map((a) => [a.criterion, a]));
  return (
    <>
      {categories.map((category) => {
        const rows = criteria.filter((c) => c.category === category.slug && byCriterion.has(c.slug));
        if (rows.length === 0) return null;
        return (
          <section key={category.slug} className="category" aria-labelledby={`cat-${category.slug}`}>
            <h3 id={`cat-${category.slug}`}>
              {category.name}
              <UntranslatedMark entity={category} />
            </h3>
            <p className="small">
              {category.description}
              <UntranslatedMark entity={category} field="description" />
            </p>
            <ul className="assessments">
              {rows.map((criterion) => {
                const a = byCriterion.get(criterion.slug)!;
                return (
                  <li key={criterion.slug} className="assessment" id={`criterion-${criterion.slug}`}>
                    <div className="assessment__head">
                      <h4>
                        {criterion.name}
                        <UntranslatedMark entity={criterion} />
                      </h4>
                      <span className="small muted">{criterion.direction === "cost" ? t("lowerIsBetter") : t("higherIsBetter")}</span>
                    </div>
                    <ValueScale criterion={criterion} value={a.value} />
                    <Evidence
                      rationale={a.rationale}
                      confidence={a.confidence}
                      citations={a.citations}
                      contested={a.contested}
                      contestedNote={a.contestedNote}
                      sources={sources}
                    />
                    {editBase && (
                      <p className="assessment__actions">
                        <a href={`${editBase}/assessments/${criterion.slug}/edit`} aria-label={t("editAssessmentOf", { name: isolate(criterion.name) })}>
                          {t("editAssessment")}
                        </a>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
