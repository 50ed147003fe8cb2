import Link from "next/link";
import { FrameworkCard } from "@/components/frameworks/framework-card";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { fromReadModel } from "@/lib/server/page-data";
import { frameworkQuerySchema, searchFrameworks } from "@/lib/domain/framework-search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const parsed = frameworkQuerySchema.safeParse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
  const q = parsed.success ? parsed.data : "";
  const [frameworks, actors, criteria, categories] = await Promise.all([
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("actors", listActors),
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
  ]);
  const found = searchFrameworks(frameworks, q);
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
      <form className="find-form" role="search" action="/">
        <label htmlFor="find-framework">Find a framework by name or alias</label>
        <input id="find-framework" type="search" name="q" defaultValue={q} placeholder="e.g. Arab NATO, IMSC" />
        <button type="submit">Find</button>
        {q && <Link href="/">Show all</Link>}
      </form>
      {q && <p role="status">{found.length === 0 ? `No framework goes by “${q}”.` : `${found.length} of ${frameworks.length} frameworks go by “${q}”.`}</p>}
      <div className="card-grid">
        {found.map((f) => (
          <FrameworkCard key={f.slug} framework={f} actors={actors} />
        ))}
      </div>
    </>
  );
}
