import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActorEditor } from "../../actor-editor";
import { slugSchema } from "@/lib/domain/vocabulary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit an actor" };

export default async function EditActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  return <ActorEditor slug={slug} />;
}
