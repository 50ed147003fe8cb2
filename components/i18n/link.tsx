import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localizedPath } from "@/lib/i18n/locales";
import { useLanguage } from "./use-language";

type Props = ComponentProps<typeof NextLink>;

/**
 * next/link in the page's language: an address of the app ("/compare?w=...") gets the language's
 * prefix ("/ar/compare?w=..."); API routes, other sites and fragments are left as they are.
 */
export default function Link({ href, ...props }: Props) {
  const language = useLanguage();
  const localized = typeof href === "string" ? localizedPath(language, href) : { ...href, pathname: href.pathname && localizedPath(language, href.pathname) };
  return <NextLink href={localized} {...props} />;
}
