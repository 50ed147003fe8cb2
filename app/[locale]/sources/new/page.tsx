import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { SourceUploadForm } from "@/components/sources/source-upload-form";
import { slugSchema } from "@/lib/domain/vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a source" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An editor adds a source (or, with ?revise=<slug>, a corrected text of one): upload, preview the numbered lines, save. */
export default async function NewSourcePage({ searchParams }: Props) {
  const query = await searchParams;
  const [session, sources] = await Promise.all([currentSession(), fromReadModel("sources", listSources)]);
  const reviseSlug = typeof query.revise === "string" && slugSchema.safeParse(query.revise).success ? query.revise : null;
  const revised = reviseSlug ? sources.find((s) => s.slug === reviseSlug) : undefined;
  const back = revised ? `/sources/new?revise=${revised.slug}` : "/sources/new";
  return (
    <>
      <p className="small">
        <Link href="/sources">← Sources</Link>
      </p>
      <h1>{revised ? `A corrected text of ${revised.title}` : "Add a source"}</h1>
      <p className="lede">
        {revised
          ? `The new text becomes revision ${revised.revision + 1}. Revision ${revised.revision} and the citations that name it stay as they are; new citations name the new one.`
          : "The text of a source the data can cite: a proposal as published, a speech, a ministry statement, another study. A PDF's text is read on the server; a scan without a text layer cannot be cited, upload its text instead."}
      </p>
      {reviseSlug && !revised && (
        <p className="notice" role="status">
          There is no source “{reviseSlug}”: this form adds a new one.
        </p>
      )}
      {isWriter(session) ? (
        <SourceUploadForm revise={revised && { slug: revised.slug, title: revised.title, next: revised.revision + 1 }} />
      ) : (
        <SignInToEdit back={back} task={revised ? "addRevision" : "addSource"} role={session?.role} />
      )}
    </>
  );
}
