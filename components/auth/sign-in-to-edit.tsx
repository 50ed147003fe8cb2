import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";

/** What an edit page would let an editor do. */
type EditTask =
  | "addActor"
  | "changeActor"
  | "addCriterion"
  | "changeCriterion"
  | "addFramework"
  | "changeFramework"
  | "changeAssessment"
  | "changeRole"
  | "addSource"
  | "addRevision";

/** Where an edit page sends a reader: sign in, then come straight back here. */
export function SignInToEdit({ back, task, role }: { back: string; task: EditTask; role?: string }) {
  const t = useTranslations("signInToEdit");
  return (
    <p className="notice">
      {t.rich("signIn", { task, link: (c) => <Link href={`/login?next=${encodeURIComponent(back)}`}>{c}</Link> })}
      {role ? ` ${t("signedInAs", { role })}` : ""}
    </p>
  );
}
