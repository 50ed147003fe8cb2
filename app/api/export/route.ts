import { exportResponse } from "@/lib/server/export/export-response";

/**
 * GET /api/export?format=csv|xlsx|pdf|json|view plus the /compare query parameters: the view on
 * screen as a comparison sheet (see lib/server/export/export-response.ts).
 */
export const GET = (request: Request) => exportResponse(request);
