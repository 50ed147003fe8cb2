import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <>
      <h1>Sign in</h1>
      <p className="lede">
        Editors sign in to keep the data current; every change is recorded with who made it and why. Reading needs no account.
        An administrator creates accounts with <code>npm run user:create</code>.
      </p>
      <SignInForm />
    </>
  );
}
