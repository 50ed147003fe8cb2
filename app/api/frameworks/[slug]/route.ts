import { deletedResponseSchema, frameworkRecordSchema, frameworkResponseSchema } from "@/lib/domain/api";
import { slugSchema } from "@/lib/domain/vocabulary";
import { cachedJson } from "@/lib/server/api/cached-json";
import { notFound } from "@/lib/server/api/json-response";
import { getFrameworkRecord } from "@/lib/server/frameworks/get-framework";
import { frameworkDeleteSchema, frameworkPatchSchema } from "@/lib/domain/framework-write";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { deleteFramework, patchFramework } from "@/lib/server/frameworks/write-framework";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug;
  if (!slugSchema.safeParse(slug).success) return notFound(`framework "${slug}"`);
  return cachedJson(request, `framework:${slug}`, frameworkResponseSchema, async (db) => getFrameworkRecord(slug, db), `framework "${slug}"`);
}

type SlugParams = { slug: string };

/** Change a framework's name, summary, proposer or date (editors only; versioned; audited). */
export const PATCH = writeRoute(
  frameworkPatchSchema,
  frameworkRecordSchema,
  async ({ body, session, params }: WriteInput<typeof frameworkPatchSchema, SlugParams>) =>
    slugSchema.safeParse(params.slug).success
      ? patchFramework(params.slug, body, session.email)
      : { ok: false, problem: "not-found", error: "framework not found" },
);

/** Delete a framework with its roles and assessments (editors only; versioned; the audit row keeps all of it). */
export const DELETE = writeRoute(
  frameworkDeleteSchema,
  deletedResponseSchema,
  async ({ body, session, params }: WriteInput<typeof frameworkDeleteSchema, SlugParams>) =>
    slugSchema.safeParse(params.slug).success
      ? deleteFramework(params.slug, body, session.email)
      : { ok: false, problem: "not-found", error: "framework not found" },
);
