import { jsonError } from "@/lib/server/api/json-response";

// Any /api path without a route of its own: a JSON 404, never an HTML page.
const unknownRoute = (request: Request) => jsonError(404, `no API route at ${new URL(request.url).pathname}`);

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
