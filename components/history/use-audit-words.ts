import { useTranslations } from "next-intl";

/**
 * The audit trail's codes in the page's language: an action ("update"), a kind of record
 * ("assessment", "assessments") and a field ("rationale"); a code the messages do not know (a later field, say)
 * is shown as it is stored.
 */
export function useAuditWords() {
  const t = useTranslations("history");
  const word = (group: "actions" | "entities" | "kinds" | "fields", code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return {
    action: (code: string) => word("actions", code),
    entity: (code: string) => word("entities", code),
    field: (code: string) => word("fields", code),
    /** The records of a kind, as a dataset import counts them ("assessments"). */
    kind: (code: string) => word("kinds", code),
  };
}
