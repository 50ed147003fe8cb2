import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SourceHeader } from "@/components/sources/source-header";
import { SourceLines } from "@/components/sources/source-lines";
import { slugSchema } from "@/lib/domain/vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { getSource } from "@/lib/server/sources/get-source";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where "pick lines" returns to: an edit page of this site, never elsewhere. */
const PICK_RETURN = /^\/frameworks\/(new|[a-z0-9-]+\/edit|[a-z0-9-]+\/(assessments|participants)\/[a-z0-9-]+\/edit)$/;
/** `?revision=N`: one of the source's texts (the current one without it). */
const revisionParam = z.coerce.number().int().min(1).max(1000);

async function load(slug: string, revision?: number) {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getSource(parsed.data, revision) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).slug);
  return { title: source?.title ?? (await getTranslations("sources.viewer"))("notFound") };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const query = await searchParams;
  const asked = typeof query.revision === "string" ? revisionParam.safeParse(query.revision) : null;
  if (asked && !asked.success) notFound();
  const [source, session] = await Promise.all([load((await params).slug, asked?.data), currentSession()]);
  if (!source) notFound();
  const pickParam = query.pick;
  // Where the record's current citation starts: the viewer opens there, with nothing selected yet.
  const at =
    typeof query.at === "string" && /^\d{1,6}$/.test(query.at) && Number(query.at) >= 1 && Number(query.at) <= source.lines.length
      ? Number(query.at)
      : undefined;
  const earlier = source.revision !== source.current;
  const pick =
    typeof pickParam === "string" && PICK_RETURN.test(pickParam)
      ? { returnTo: pickParam, document: source.slug, revision: earlier ? source.revision : undefined, at }
      : undefined;
  return (
    <>
      <SourceHeader source={source} canRevise={isWriter(session) && !pick} ignoredPick={pickParam !== undefined && !pick ? String(pickParam) : undefined} />
      <SourceLines lines={source.lines} language={source.language} pick={pick} />
    </>
  );
}
