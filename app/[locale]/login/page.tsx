import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { returnPathSchema } from "@/lib/domain/return-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Where to go once signed in: only a path on this site, else nowhere.
  const [params, t] = await Promise.all([searchParams, getTranslations("login")]);
  const next = returnPathSchema.safeParse(params.next);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t.rich("lede", { code: (c) => <code dir="ltr">{c}</code> })}</p>
      <SignInForm next={next.success ? next.data : null} />
    </>
  );
}
