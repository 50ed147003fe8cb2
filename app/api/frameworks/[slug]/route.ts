import { frameworkResponseSchema } from "@/lib/domain/api";
import { slugSchema } from "@/lib/domain/vocabulary";
import { jsonOk, notFound } from "@/lib/server/api/json-response";
import { getFramework } from "@/lib/server/frameworks/get-framework";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const framework = slug.success ? await getFramework(slug.data) : null;
  if (!framework) return notFound(`framework "${(await params).slug}"`);
  return jsonOk(frameworkResponseSchema, framework);
}
