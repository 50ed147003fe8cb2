import Link from "@/components/i18n/link";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { recordVersion } from "@/lib/server/record-versions";
import { CriterionForm } from "@/components/edit/criterion-form";

/** The page for adding (slug null) or changing a criterion, with its history. */
export async function CriterionEditor({ slug }: { slug: string | null }) {
  // The version is read before the record: a write landing in between makes the form stale (409), never silently newer.
  const version = slug ? await recordVersion("criterion", slug) : 0;
  const canWrite = await mayWrite();
  const [categories, criteria, history] = await Promise.all([
    listCategories(),
    listCriteria(),
    slug ? listHistory({ entity: "criterion", key: slug }, { revealEmails: canWrite }).then((p) => p.entries) : [],
  ]);
  const current = slug ? criteria.find((c) => c.slug === slug) : null;
  if (slug && !current) notFound();
  return (
    <>
      <p className="small">
        <Link href={current ? `/data#criterion-${current.slug}` : "/data"}>← Criteria and actors</Link>
      </p>
      <h1>{current ? `Edit the criterion ${current.name}` : "Add a criterion"}</h1>
      {!current && <p className="lede">Every framework gets an empty assessment on it, to fill in with a value, a rationale and a citation.</p>}
      {canWrite ? (
        <CriterionForm categories={categories} current={current ?? null} version={version} />
      ) : (
        <SignInToEdit back={current ? `/criteria/${current.slug}/edit` : "/criteria/new"} what={current ? "change this criterion" : "add a criterion"} />
      )}
      {current && (
        <section aria-labelledby="criterion-history">
          <h2 id="criterion-history">History</h2>
          <HistoryTable entries={history} canRevert={canWrite} empty="This criterion has not changed since the data was seeded." />
        </section>
      )}
    </>
  );
}
