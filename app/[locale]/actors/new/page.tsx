import type { Metadata } from "next";
import { ActorEditor } from "../actor-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add an actor" };

export default function NewActorPage() {
  return <ActorEditor slug={null} />;
}
