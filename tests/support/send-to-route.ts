type Route = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/** Calls a dynamic route handler as Next would, with the path's parameters; returns the status and the JSON body. */
export async function sendToRoute(route: unknown, method: string, params: Record<string, string>, body: unknown, headers: Record<string, string>) {
  const response = await (route as Route)(new Request("http://test/x", { method, body: JSON.stringify(body), headers }), {
    params: Promise.resolve(params) as Promise<never>,
  });
  return { status: response.status, body: await response.json() };
}
