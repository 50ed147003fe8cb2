import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceLines } from "@/components/sources/source-lines";
import { slugSchema } from "@/lib/domain/vocabulary";
import { getSource } from "@/lib/server/sources/get-source";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where "pick lines" returns to: an edit page of this site, never elsewhere. */
const PICK_RETURN = /^\/frameworks\/(new|[a-z0-9-]+\/edit|[a-z0-9-]+\/(assessments|participants)\/[a-z0-9-]+\/edit)$/;

async function load(slug: string) {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getSource(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).slug);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = await load((await params).slug);
  if (!source) notFound();
  const query = await searchParams;
  const pickParam = query.pick;
  // Where the record's current citation starts: the viewer opens there, with nothing selected yet.
  const at =
    typeof query.at === "string" && /^\d{1,6}$/.test(query.at) && Number(query.at) >= 1 && Number(query.at) <= source.lines.length
      ? Number(query.at)
      : undefined;
  const pick = typeof pickParam === "string" && PICK_RETURN.test(pickParam) ? { returnTo: pickParam, document: source.slug, at } : undefined;
  return (
    <>
      <h1>{source.title}</h1>
      <p className="lede">
        {source.author}, {source.year}
        {source.publisher ? `, ${source.publisher}` : ""}. {source.lines.length} lines; a citation link opens this text at its lines, highlighted. Link to any
        line by its number.
      </p>
      {pickParam !== undefined && !pick && (
        <p className="notice" role="status">
          Ignored <code>pick={String(pickParam)}</code>: lines can be picked only for an edit page of this site.
        </p>
      )}
      <SourceLines lines={source.lines} pick={pick} />
    </>
  );
}
