import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { currentLanguage } from "@/i18n/current-language";
import { localiseFramework } from "@/lib/i18n/localise-vocabulary";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { slugSchema } from "@/lib/domain/vocabulary";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { getFramework } from "@/lib/server/frameworks/get-framework";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("metaFramework") };
}

export default async function HistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  const [stored, canRevert, language, t] = await Promise.all([getFramework(slug), mayWrite(), currentLanguage(), getTranslations("history")]);
  if (!stored) notFound();
  const framework = localiseFramework(stored, language);
  const pages = await Promise.all([
    listHistory({ entity: "assessment", key: `${slug}/` }, { revealEmails: canRevert }),
    listHistory({ entity: "participant", key: `${slug}/` }, { revealEmails: canRevert }),
    listHistory({ entity: "framework", key: slug }, { revealEmails: canRevert }),
  ]);
  const entries = pages.flatMap((p) => p.entries).sort((a, b) => b.id - a.id);
  return (
    <>
      <p className="small">
        <Link href={`/frameworks/${slug}`}>{t("back", { name: framework.name })}</Link> · <Link href="/history">{t("everyChange")}</Link>
      </p>
      <h1>{t.rich("frameworkTitle", { name: framework.shortName, bdi: (c) => <bdi>{c}</bdi> })}</h1>
      <p className="lede">{t("frameworkLede")}</p>
      <HistoryTable entries={entries} canRevert={canRevert} empty={t("emptySinceSeed")} />
    </>
  );
}
