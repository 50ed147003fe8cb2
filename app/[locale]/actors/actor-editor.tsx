import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { languageOf } from "@/lib/i18n/locales";
import { localiseActor } from "@/lib/i18n/localise-vocabulary";
import { SignInToEdit } from "@/components/auth/sign-in-to-edit";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { listActors } from "@/lib/server/actors/list-actors";
import { listHistory } from "@/lib/server/audit/list-history";
import { mayWrite } from "@/lib/server/auth/current-session";
import { recordVersion } from "@/lib/server/record-versions";
import { ActorForm } from "@/components/edit/actor-form";

/** The page for adding (slug null) or changing an actor, with its history. */
export async function ActorEditor({ slug }: { slug: string | null }) {
  // The version is read before the record: a write landing in between makes the form stale (409), never silently newer.
  const version = slug ? await recordVersion("actor", slug) : 0;
  const [canWrite, t, language] = await Promise.all([mayWrite(), getTranslations("editor.actor"), getLocale().then(languageOf)]);
  const [actors, history] = await Promise.all([
    listActors(),
    slug ? listHistory({ entity: "actor", key: slug }, { revealEmails: canWrite }).then((p) => p.entries) : [],
  ]);
  const current = slug ? actors.find((a) => a.slug === slug) : null;
  if (slug && !current) notFound();
  return (
    <>
      <p className="small">
        <Link href={current ? `/data#actor-${current.slug}` : "/data"}>{t("back")}</Link>
      </p>
      <h1>{current ? t.rich("editTitle", { name: localiseActor(current, language).name, bdi: (chunks) => <bdi>{chunks}</bdi> }) : t("addTitle")}</h1>
      {canWrite ? (
        <ActorForm current={current ?? null} version={version} />
      ) : (
        <SignInToEdit back={current ? `/actors/${current.slug}/edit` : "/actors/new"} task={current ? "changeActor" : "addActor"} />
      )}
      {current && (
        <section aria-labelledby="actor-history">
          <h2 id="actor-history">{t("history")}</h2>
          <HistoryTable entries={history} canRevert={canWrite} empty={t("unchanged")} />
        </section>
      )}
    </>
  );
}
