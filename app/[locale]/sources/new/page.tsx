import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { SourceUploadForm } from "@/components/sources/source-upload-form";
import { slugSchema } from "@/lib/domain/vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sourceUpload"))("titleAdd") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An editor adds a source (or, with ?revise=<slug>, a corrected text of one): upload, preview the numbered lines, save. */
export default async function NewSourcePage({ searchParams }: Props) {
  const query = await searchParams;
  const [session, sources, t] = await Promise.all([currentSession(), fromReadModel("sources", listSources), getTranslations("sourceUpload")]);
  const reviseSlug = typeof query.revise === "string" && slugSchema.safeParse(query.revise).success ? query.revise : null;
  const revised = reviseSlug ? sources.find((s) => s.slug === reviseSlug) : undefined;
  const back = revised ? `/sources/new?revise=${revised.slug}` : "/sources/new";
  // The source's title and the slug asked for are data: isolated from the sentence around them.
  const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <>
      <p className="small">
        <Link href="/sources">{t("back")}</Link>
      </p>
      <h1>{revised ? t.rich("titleRevise", { title: revised.title, bdi }) : t("titleAdd")}</h1>
      <p className="lede">{revised ? t("ledeRevise", { next: revised.revision + 1, current: revised.revision }) : t("ledeAdd")}</p>
      {reviseSlug && !revised && (
        <p className="notice" role="status">
          {t.rich("noSuchSource", { slug: reviseSlug, bdi })}
        </p>
      )}
      {isWriter(session) ? (
        <SourceUploadForm revise={revised && { slug: revised.slug, title: revised.title, next: revised.revision + 1, language: revised.language }} />
      ) : (
        <SignInToEdit back={back} task={revised ? "addRevision" : "addSource"} role={session?.role} />
      )}
    </>
  );
}
