import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { languageOf } from "@/lib/i18n/locales";
import { localiseActor, localiseFramework } from "@/lib/i18n/localise-vocabulary";
import Link from "@/components/i18n/link";
import { pickHref, pickSources } from "@/lib/citations/citation-href";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { notFound } from "next/navigation";
import { DeleteRecord } from "@/components/edit/delete-record";
import { RoleForm } from "@/components/edit/role-form";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listActors } from "@/lib/server/actors/list-actors";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { getFramework } from "@/lib/server/frameworks/get-framework";
import { getParticipantVersion } from "@/lib/server/participants/get-participant-version";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";
import { pickedCitation } from "@/lib/server/sources/picked-citation";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("editRole") };
}

type Props = { params: Promise<{ slug: string; actor: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditRolePage({ params, searchParams }: Props) {
  const { slug, actor: actorSlug } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(actorSlug).success) notFound();
  // The version is read before the record: a write landing in between makes the form stale (409), never silently newer.
  const version = await getParticipantVersion(slug, actorSlug);
  const [framework, actors, session, sources] = await Promise.all([getFramework(slug), listActors(), currentSession(), fromReadModel("sources", listSources)]);
  const actor = actors.find((a) => a.slug === actorSlug);
  if (!framework || !actor) notFound();
  const current = framework.participants.find((p) => p.actor === actorSlug) ?? null;
  const [picked, tEditor, t, language] = await Promise.all([
    pickedCitation(await searchParams),
    getTranslations("editor"),
    getTranslations("editor.role"),
    getLocale().then(languageOf),
  ]);
  const named = localiseFramework(framework, language);
  const actorName = localiseActor(actor, language).name;
  const editPath = `/frameworks/${slug}/participants/${actorSlug}/edit`;
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}`}>{tEditor.rich("back", { name: named.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</Link> ·{" "}
        <Link href={`/frameworks/${slug}/history`}>{t("history")}</Link>
      </p>
      <h1>{t.rich("title", { actor: actorName, framework: named.shortName, bdi: (chunks) => <bdi>{chunks}</bdi> })}</h1>
      {isWriter(session) ? (
        <>
          <RoleForm
            framework={slug}
            actor={actorSlug}
            current={current}
            version={version}
            picked={picked}
            pickHref={pickHref(editPath, current?.citations ?? [], picked)}
            pickSources={pickSources(editPath, current?.citations ?? [], picked, sources)}
          />
          {current && (
            <DeleteRecord
              url={`/api/frameworks/${slug}/participants/${actorSlug}`}
              version={version}
              what={t("delete")}
              consequence={t.rich("deleteConsequence", { actor: actorName, framework: named.shortName, bdi: (chunks) => <bdi>{chunks}</bdi> })}
              historyHref={`/frameworks/${slug}/history`}
            />
          )}
        </>
      ) : (
        <SignInToEdit back={editPath} task="changeRole" />
      )}
    </>
  );
}
