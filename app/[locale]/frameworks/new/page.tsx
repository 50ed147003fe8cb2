import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { FrameworkForm } from "@/components/edit/framework-form";
import { listActors } from "@/lib/server/actors/list-actors";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { pickHref, pickSources } from "@/lib/citations/citation-href";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { pickedCitation } from "@/lib/server/sources/picked-citation";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("addFramework") };
}

export default async function NewFrameworkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [session, actors, query, sources] = await Promise.all([currentSession(), listActors(), searchParams, fromReadModel("sources", listSources)]);
  const [picked, t] = await Promise.all([pickedCitation(query), getTranslations("editor.framework")]);
  return (
    <>
      <h1>{t("addTitle")}</h1>
      <p className="lede">{t("addLede")}</p>
      {isWriter(session) ? (
        <FrameworkForm
          actors={actors}
          picked={picked}
          pickHref={pickHref("/frameworks/new", [], picked)}
          pickSources={pickSources("/frameworks/new", [], picked, sources)}
        />
      ) : (
        <SignInToEdit back="/frameworks/new" task="addFramework" />
      )}
    </>
  );
}
