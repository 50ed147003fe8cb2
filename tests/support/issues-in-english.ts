import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";

type Issue = { path?: string; message: string; code?: string; params?: Record<string, string | number> };
const english = createTranslator({ locale: "en", messages: en, namespace: "errors" }) as unknown as (code: string, params?: object) => string;

/**
 * The API's issues whose English a page would not say word for word from their code
 * (`errors.<code>`): none, when each is coded and its message follows from its parameters.
 */
export const issuesSaidOtherwise = (issues: readonly Issue[]) =>
  issues
    .map((i) => ({ code: i.code, api: i.message, page: i.code && i.code in en.errors ? english(i.code, i.params) : null }))
    .filter(({ api, page }) => api !== page);
