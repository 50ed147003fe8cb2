"use client";

import type { ApiIssue } from "@/components/edit/coded-error";
import { useIssueText, useRefusalText } from "@/components/edit/use-issue-text";
import { SESSION_CHANGED } from "@/components/layout/account-link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

type Me = { user: { email: string; role: string } | null };

/** Sign in and out for editors; reading needs no account. Signed in, the editor goes back to `next`, the page that sent them. */
export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const issueText = useIssueText();
  const refusal = useRefusalText();
  const fieldLabel = (path: string | undefined) => (path === "email" || path === "password" ? t(path) : path);

  useEffect(() => {
    void fetch("/api/session").then(async (r) => setMe(await r.json()));
  }, []);

  if (!me) return <p>{t("checking")}</p>;
  if (me.user)
    return (
      <div className="panel" role="status">
        <p>
          {t.rich("signedIn", {
            email: me.user.email,
            role: t.has(`roles.${me.user.role}`) ? t(`roles.${me.user.role}` as "roles.editor") : me.user.role,
            strong: (c) => (
              <strong>
                <bdi>{c}</bdi>
              </strong>
            ),
          })}
        </p>
        <button
          type="button"
          onClick={async () => {
            await fetch("/api/session", { method: "DELETE" });
            setMe({ user: null });
            window.dispatchEvent(new Event(SESSION_CHANGED));
          }}
        >
          {t("signOut")}
        </button>
      </div>
    );
  return (
    <form
      className="panel sign-in"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        setBusy(true);
        setError(null);
        const response = await fetch("/api/session", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
        });
        const body = await response.json();
        setBusy(false);
        if (response.ok) {
          setMe({ user: body.user });
          window.dispatchEvent(new Event(SESSION_CHANGED));
          if (next) router.push(next);
        } else if (response.status === 401) setError(t("wrongCredentials"));
        else if (body.issues?.length) setError(body.issues.map((i: ApiIssue) => `${fieldLabel(i.path)}: ${issueText(i)}`).join("; "));
        else setError(refusal(response.status, body));
      }}
    >
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" dir="ltr" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t("submit")}
      </button>
    </form>
  );
}
