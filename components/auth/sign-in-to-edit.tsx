import Link from "@/components/i18n/link";

/** Where an edit page sends a reader: sign in, then come straight back here. */
export function SignInToEdit({ back, what, role }: { back: string; what: string; role?: string }) {
  return (
    <p className="notice">
      <Link href={`/login?next=${encodeURIComponent(back)}`}>Sign in as an editor</Link> to {what}.{role ? ` You are signed in as a ${role}.` : ""}
    </p>
  );
}
