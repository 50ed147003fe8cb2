import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActorEditor } from "../actor-editor";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("addActor") };
}

export default function NewActorPage() {
  return <ActorEditor slug={null} />;
}
