import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { getFramework } from "@/lib/server/frameworks/get-framework";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History of an assessment" };

type Props = { params: Promise<{ slug: string; criterion: string }> };

export default async function AssessmentHistoryPage({ params }: Props) {
  const { slug, criterion: criterionSlug } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(criterionSlug).success) notFound();
  const canRevert = await mayWrite();
  const [framework, criteria, { entries }] = await Promise.all([
    getFramework(slug),
    listCriteria(),
    listHistory({ entity: "assessment", key: `${slug}/${criterionSlug}` }, { revealEmails: canRevert }),
  ]);
  const criterion = criteria.find((c) => c.slug === criterionSlug);
  if (!framework || !criterion) notFound();
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}#criterion-${criterionSlug}`}>← {framework.name}</Link> ·{" "}
        <Link href={`/frameworks/${slug}/assessments/${criterionSlug}/edit`}>Edit</Link> ·{" "}
        <Link href={`/frameworks/${slug}/history`}>History of the framework</Link>
      </p>
      <h1>
        History of {framework.shortName}: {criterion.name}
      </h1>
      <HistoryTable entries={entries} canRevert={canRevert} empty="This assessment has not changed since the data was seeded." />
    </>
  );
}
