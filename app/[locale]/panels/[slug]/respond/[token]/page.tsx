import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResponseForm } from "@/components/panels/response-form";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { ownResponse } from "@/lib/server/panels/panel-store";

export const dynamic = "force-dynamic";
// A personal link: never indexed, never sent on as a referrer.
export const metadata: Metadata = { title: "Your weights", robots: { index: false }, referrer: "no-referrer" };

export default async function RespondPage({ params }: { params: Promise<{ slug: string; token: string }> }) {
  const { slug, token } = await params;
  const [own, criteria, categories] = await Promise.all([ownResponse(slug, token), listCriteria(), listCategories()]);
  if (!own) notFound();
  const asked = criteria.filter((c) => own.panel.criteria.includes(c.slug));
  return (
    <>
      <h1>{own.panel.title}</h1>
      <p className="lede">{own.panel.question}</p>
      <p>
        You answer as <strong>{own.label}</strong>
        {own.panel.anonymous ? " (the result shows no names)" : ""}.{" "}
        {own.panel.closed ? "This panel has closed: answers can no longer change." : own.panel.closesAt ? `Open until ${own.panel.closesAt.slice(0, 10)}.` : ""}
      </p>
      <ResponseForm
        slug={slug}
        token={token}
        criteria={asked.map((c) => ({ slug: c.slug, name: c.name, description: c.description, category: c.category }))}
        categories={categories.filter((c) => asked.some((x) => x.category === c.slug)).map((c) => ({ slug: c.slug, name: c.name }))}
        elicitation={own.panel.elicitation}
        response={own.response}
        closed={own.panel.closed}
      />
    </>
  );
}
