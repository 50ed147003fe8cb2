import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { getFramework } from "@/lib/server/frameworks/get-framework";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  const framework = await getFramework(slug);
  if (!framework) notFound();
  const canRevert = await mayWrite();
  const pages = await Promise.all([
    listHistory({ entity: "assessment", key: `${slug}/` }, { revealEmails: canRevert }),
    listHistory({ entity: "participant", key: `${slug}/` }, { revealEmails: canRevert }),
    listHistory({ entity: "framework", key: slug }, { revealEmails: canRevert }),
  ]);
  const entries = pages.flatMap((p) => p.entries).sort((a, b) => b.id - a.id);
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}`}>← {framework.name}</Link> · <Link href="/history">Every change</Link>
      </p>
      <h1>History of {framework.shortName}</h1>
      <p className="lede">Every change to this framework, its roles and its assessments: who, when, what changed, and why.</p>
      <HistoryTable entries={entries} canRevert={canRevert} empty="No change has been recorded since the data was seeded." />
    </>
  );
}
