import Link from "next/link";
import { FrameworkCard } from "@/components/frameworks/framework-card";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { fromReadModel } from "@/lib/server/page-data";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [frameworks, actors, criteria, categories] = await Promise.all([
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("actors", listActors),
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
  ]);
  return (
    <>
      <h1>Proposals for a Gulf security architecture</h1>
      <p className="lede">
        Since 2019 rival frameworks for security in the Persian Gulf have been on the table, from inclusive, process-oriented dialogue to US-led blocs directed
        against Iran. Here they are side by side as structured data: {frameworks.length} frameworks, {actors.length} actors and {criteria.length} criteria in{" "}
        {categories.length} categories, every value with its rationale and the <Link href="/sources/stepanova-2020">lines of the source</Link> it rests on.
      </p>
      <p className="small">
        Editors can <Link href="/frameworks/new">add a framework</Link>.
      </p>
      <div className="card-grid">
        {frameworks.map((f) => (
          <FrameworkCard key={f.slug} framework={f} actors={actors} />
        ))}
      </div>
    </>
  );
}
