import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResponseIntro } from "@/components/panels/response-intro";
import { ResponseForm } from "@/components/panels/response-form";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCategory, localiseCriterion } from "@/lib/i18n/localise-vocabulary";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { ownResponse } from "@/lib/server/panels/panel-store";

export const dynamic = "force-dynamic";

// A personal link: never indexed, never sent on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("panels"))("respondTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function RespondPage({ params }: { params: Promise<{ slug: string; token: string }> }) {
  const { slug, token } = await params;
  const [own, storedCriteria, storedCategories, language] = await Promise.all([ownResponse(slug, token), listCriteria(), listCategories(), currentLanguage()]);
  if (!own) notFound();
  const asked = storedCriteria.filter((c) => own.panel.criteria.includes(c.slug)).map((c) => localiseCriterion(c, language));
  const categories = storedCategories.filter((c) => asked.some((x) => x.category === c.slug)).map((c) => localiseCategory(c, language));
  return (
    <>
      <h1>
        <bdi>{own.panel.title}</bdi>
      </h1>
      <p className="lede" dir="auto">
        {own.panel.question}
      </p>
      <ResponseIntro label={own.label} panel={own.panel} />
      <ResponseForm
        slug={slug}
        token={token}
        criteria={asked.map((c) => ({ slug: c.slug, name: c.name, description: c.description, category: c.category }))}
        categories={categories.map((c) => ({ slug: c.slug, name: c.name }))}
        elicitation={own.panel.elicitation}
        response={own.response}
        closed={own.panel.closed}
      />
    </>
  );
}
