import type { Criterion } from "../../domain/criterion";
import type { Framework } from "../../domain/framework";
import type { PanelRecord, PanelResult } from "../../domain/panel";
import { panelResult } from "../../panels/panel-result";
import { listCriteria } from "../criteria/list-criteria";
import { getDb, type Db } from "../db";
import { listFrameworks } from "../frameworks/list-frameworks";
import { panelAnswers } from "./panel-store";

/**
 * A panel's result from its submitted answers and the current data, with the panel, who has not
 * answered, and every framework and criterion (for their names); null for an unknown panel.
 */
export async function resultOfPanel(
  slug: string,
  db: Db = getDb(),
): Promise<{ result: PanelResult; pending: string[]; panel: PanelRecord; frameworks: Framework[]; criteria: Criterion[] } | null> {
  const [found, frameworks, criteria] = await Promise.all([panelAnswers(slug, db), listFrameworks(db), listCriteria(db)]);
  if (!found) return null;
  const { panel, answers, pending } = found;
  const result = panelResult({
    frameworks: frameworks.filter((f) => panel.frameworks.includes(f.slug)),
    criteria: criteria.filter((c) => panel.criteria.includes(c.slug)),
    aggregation: panel.aggregation,
    anonymous: panel.anonymous,
    answers,
  });
  return { result, pending, panel, frameworks, criteria };
}
