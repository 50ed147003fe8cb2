import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { languageOf } from "@/lib/i18n/locales";
import { localiseFramework } from "@/lib/i18n/localise-vocabulary";
import Link from "@/components/i18n/link";
import { pickHref, pickSources } from "@/lib/citations/citation-href";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { notFound } from "next/navigation";
import { DeleteRecord } from "@/components/edit/delete-record";
import { FrameworkForm } from "@/components/edit/framework-form";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listActors } from "@/lib/server/actors/list-actors";
import { mayWrite } from "@/lib/server/auth/current-session";
import { getFramework } from "@/lib/server/frameworks/get-framework";
import { recordVersion } from "@/lib/server/record-versions";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { pickedCitation } from "@/lib/server/sources/picked-citation";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("editFramework") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditFrameworkPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  // The version is read before the record: a write landing in between makes the form stale (409), never silently newer.
  const version = await recordVersion("framework", slug);
  const [framework, actors, canWrite, query, sources] = await Promise.all([
    getFramework(slug),
    listActors(),
    mayWrite(),
    searchParams,
    fromReadModel("sources", listSources),
  ]);
  if (!framework) notFound();
  const [picked, tEditor, t, language] = await Promise.all([
    pickedCitation(query),
    getTranslations("editor"),
    getTranslations("editor.framework"),
    getLocale().then(languageOf),
  ]);
  const named = localiseFramework(framework, language);
  const editPath = `/frameworks/${slug}/edit`;
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}`}>{tEditor.rich("back", { name: named.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</Link> ·{" "}
        <Link href={`/frameworks/${slug}/history`}>{t("history")}</Link>
      </p>
      <h1>{t.rich("editTitle", { name: named.shortName, bdi: (chunks) => <bdi>{chunks}</bdi> })}</h1>
      {canWrite ? (
        <>
          <FrameworkForm
            actors={actors}
            picked={picked}
            pickHref={pickHref(editPath, framework.summaryCitations, picked)}
            pickSources={pickSources(editPath, framework.summaryCitations, picked, sources)}
            existing={{ framework, version }}
          />
          <DeleteRecord
            url={`/api/frameworks/${slug}`}
            version={version}
            what={t("delete")}
            consequence={t.rich("deleteConsequence", {
              bdi: (chunks) => <bdi>{chunks}</bdi>,
              name: named.shortName,
              roles: framework.participants.length,
              assessments: framework.assessments.length,
            })}
            historyHref="/history?entity=framework"
          />
        </>
      ) : (
        <SignInToEdit back={editPath} task="changeFramework" />
      )}
    </>
  );
}
