import type { ReactNode } from "react";

/** Every page's document is app/[locale]/layout.tsx; this root only passes through (and frames app/not-found.tsx). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
