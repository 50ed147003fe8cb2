import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { returnPathSchema } from "@/lib/domain/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Where to go once signed in: only a path on this site, else nowhere.
  const next = returnPathSchema.safeParse((await searchParams).next);
  return (
    <>
      <h1>Sign in</h1>
      <p className="lede">
        Editors sign in to keep the data current; every change is recorded with who made it and why. Reading needs no account. An administrator creates accounts
        with <code>npm run user:create</code>.
      </p>
      <SignInForm next={next.success ? next.data : null} />
    </>
  );
}
