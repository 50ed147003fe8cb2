import type { Metadata } from "next";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { FrameworkForm } from "@/components/edit/framework-form";
import { listActors } from "@/lib/server/actors/list-actors";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { pickHref, pickSources } from "@/lib/citations/citation-href";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { pickedCitation } from "@/lib/server/sources/picked-citation";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a framework" };

export default async function NewFrameworkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [session, actors, query, sources] = await Promise.all([currentSession(), listActors(), searchParams, fromReadModel("sources", listSources)]);
  const picked = await pickedCitation(query);
  return (
    <>
      <h1>Add a framework</h1>
      <p className="lede">
        A proposal the source discusses only as an idea, say an OSCE-style regional conference or a joint Russia–EU–China proposal. It appears at once in the
        matrix, the charts and the exports, with every assessment empty until an editor fills it in.
      </p>
      {isWriter(session) ? (
        <FrameworkForm
          actors={actors}
          picked={picked}
          pickHref={pickHref("/frameworks/new", [], picked)}
          pickSources={pickSources("/frameworks/new", [], picked, sources)}
        />
      ) : (
        <SignInToEdit back="/frameworks/new" what="add a framework" />
      )}
    </>
  );
}
