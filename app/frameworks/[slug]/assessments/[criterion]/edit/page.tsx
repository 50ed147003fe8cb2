import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/edit/assessment-form";
import { quoteFromLines } from "@/lib/citations/quote-from-lines";
import type { Citation } from "@/lib/domain/citation";
import { slugSchema } from "@/lib/domain/vocabulary";
import { getAssessmentVersion } from "@/lib/server/assessments/get-assessment-version";
import { currentSession } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { getFramework } from "@/lib/server/frameworks/get-framework";
import { getSource } from "@/lib/server/sources/get-source";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit an assessment" };

type Props = { params: Promise<{ slug: string; criterion: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditAssessmentPage({ params, searchParams }: Props) {
  const { slug, criterion: criterionSlug } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(criterionSlug).success) notFound();
  const [framework, criteria, session] = await Promise.all([getFramework(slug), listCriteria(), currentSession()]);
  const criterion = criteria.find((c) => c.slug === criterionSlug);
  if (!framework || !criterion) notFound();
  const assessment = framework.assessments.find((a) => a.criterion === criterionSlug);
  const version = await getAssessmentVersion(slug, criterionSlug);

  // Lines picked in the source viewer come back as ?cite=862-864&doc=stepanova-2020.
  const query = await searchParams;
  let picked: Citation | null = null;
  const span = typeof query.cite === "string" ? /^(\d{1,6})-(\d{1,6})$/.exec(query.cite) : null;
  const doc = typeof query.doc === "string" && slugSchema.safeParse(query.doc).success ? query.doc : "stepanova-2020";
  if (span) {
    const source = await getSource(doc);
    const [start, end] = [Number(span[1]), Number(span[2])];
    if (source && start >= 1 && end >= start && end <= source.lines.length && end - start < 40)
      picked = { document: doc, lineStart: start, lineEnd: end, quote: quoteFromLines(source.lines, start, end) };
  }
  const editPath = `/frameworks/${slug}/assessments/${criterionSlug}/edit`;
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}#criterion-${criterionSlug}`}>← {framework.name}</Link> ·{" "}
        <Link href={`/frameworks/${slug}/history`}>History</Link>
      </p>
      <h1>
        {framework.shortName}: {criterion.name}
      </h1>
      <p className="lede">{criterion.description}</p>
      {session && (session.role === "editor" || session.role === "admin") ? (
        <AssessmentForm
          framework={slug}
          criterion={criterion}
          current={assessment ?? null}
          version={version}
          picked={picked}
          pickHref={`/sources/${doc}?pick=${encodeURIComponent(editPath)}`}
        />
      ) : (
        <p className="notice">
          <Link href="/login">Sign in as an editor</Link> to change this assessment. {session ? `You are signed in as a ${session.role}.` : ""}
        </p>
      )}
    </>
  );
}
