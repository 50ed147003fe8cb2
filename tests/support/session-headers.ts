import * as sessionRoute from "@/app/api/session/route";

export const TEST_PASSWORD = "correct horse battery staple";

/** Signs in through the route and returns the headers of a write: the session cookie and its CSRF token. */
export async function sessionHeaders(email: string, password = TEST_PASSWORD) {
  const response = await sessionRoute.POST(new Request("http://test/api/session", { method: "POST", body: JSON.stringify({ email, password }), headers: { "x-forwarded-for": email } }));
  return { cookie: response.headers.get("set-cookie")!.split(";")[0]!, "x-csrf-token": (await response.json()).csrf as string };
}
