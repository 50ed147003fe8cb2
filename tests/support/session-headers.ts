import * as sessionRoute from "@/app/api/session/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

export const TEST_PASSWORD = "correct horse battery staple";

/** What a browser on this site sends with every JSON change: its Origin and the content type. */
export const SAME_ORIGIN_JSON = { origin: "http://test", "content-type": "application/json" } as const;

/** Signs in through the route and returns the session cookie and its CSRF token, from a client of its own. */
export async function signInThroughRoute(email: string, password = TEST_PASSWORD, client = "192.0.2.1") {
  const response = await sessionRoute.POST(
    new Request("http://test/api/session", {
      method: "POST",
      body: JSON.stringify({ email, password }),
      headers: { ...SAME_ORIGIN_JSON, [CLIENT_ADDRESS_HEADER]: client },
    }),
  );
  const body = await response.json();
  return { status: response.status, cookie: response.headers.get("set-cookie")?.split(";")[0] ?? "", csrf: body.csrf as string };
}

/** Signs in through the route and returns the headers of a write: the session cookie, its CSRF token, Origin and content type. */
export async function sessionHeaders(email: string, password = TEST_PASSWORD) {
  const { cookie, csrf } = await signInThroughRoute(email, password);
  return { cookie, "x-csrf-token": csrf, ...SAME_ORIGIN_JSON };
}

/** The same for a multipart upload, whose content type (with its boundary) the body sets itself. */
export async function uploadSessionHeaders(email: string, password = TEST_PASSWORD) {
  const { "content-type": _json, ...headers } = await sessionHeaders(email, password);
  return headers;
}
