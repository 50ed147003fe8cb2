import { jsonError } from "./json-response";

/** A 429 with Retry-After in whole seconds. */
export function tooManyRequests(error: string, waitMs: number): Response {
  const response = jsonError(429, error);
  response.headers.set("retry-after", String(Math.max(1, Math.ceil(waitMs / 1000))));
  return response;
}
