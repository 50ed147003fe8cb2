import { notFound, redirect } from "next/navigation";
import { slugSchema } from "@/lib/domain/vocabulary";

/** The "add or change a role" form lands here and goes on to that actor's role page. */
export default async function AddRolePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ actor?: string | string[] }>;
}) {
  const { slug } = await params;
  const { actor } = await searchParams;
  if (!slugSchema.safeParse(slug).success || typeof actor !== "string" || !slugSchema.safeParse(actor).success) notFound();
  redirect(`/frameworks/${slug}/participants/${actor}/edit`);
}
