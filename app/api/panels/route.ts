import { z } from "zod";
import { panelCreateSchema } from "@/lib/domain/panel";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { createPanel } from "@/lib/server/panels/panel-store";

/** POST /api/panels: a new weighting panel (editors only; audited) -> 201 { slug }. */
export const POST = writeRoute(
  panelCreateSchema,
  z.object({ slug: z.string() }).strict(),
  async ({ body, session }: WriteInput<typeof panelCreateSchema, Record<string, never>>) => createPanel(body, session),
);
