"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useIsolate } from "@/components/i18n/use-isolate";
import { NavLink } from "./nav-link";

/** Fired on window by the sign-in form, so the header follows a sign-in or sign-out at once. */
export const SESSION_CHANGED = "gsc:session-changed";

/**
 * "Sign in", or who is signed in: asked of /api/session in the browser, so the pages around it
 * stay cacheable for readers. Asked again on every navigation, since signing in or out is one.
 */
export function AccountLink() {
  const pathname = usePathname();
  const t = useTranslations("header.account");
  const isolate = useIsolate();
  const [user, setUser] = useState<{ email: string; role: string } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input: every navigation asks again
  useEffect(() => {
    let live = true;
    const ask = () =>
      fetch("/api/session")
        .then((r) => r.json())
        .then((body) => live && setUser(body.user ?? null))
        .catch(() => live && setUser(null));
    void ask();
    window.addEventListener(SESSION_CHANGED, ask);
    return () => {
      live = false;
      window.removeEventListener(SESSION_CHANGED, ask);
    };
  }, [pathname]);
  return (
    <NavLink href="/login">
      {user ? (
        <span title={t("signedInAs", { email: isolate(user.email), role: user.role })}>
          <bdi>{user.email.split("@")[0]}</bdi> · {t("account")}
        </span>
      ) : (
        t("signIn")
      )}
    </NavLink>
  );
}
