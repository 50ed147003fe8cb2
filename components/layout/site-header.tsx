import Link from "@/components/i18n/link";
import { useTranslations } from "next-intl";
import { AccountLink } from "./account-link";
import { HeaderHeight } from "./header-height";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  const t = useTranslations("header");
  return (
    <header className="site-header">
      <HeaderHeight />
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {t("brand")}
          <small>{t("tagline")}</small>
        </Link>
        <LanguageSwitcher />
        <SiteNav>
          <NavLink href="/">{t("nav.frameworks")}</NavLink>
          <NavLink href="/compare">{t("nav.compare")}</NavLink>
          <NavLink href="/inclusiveness">{t("nav.inclusiveness")}</NavLink>
          <NavLink href="/scenarios">{t("nav.scenarios")}</NavLink>
          <NavLink href="/panels">{t("nav.panels")}</NavLink>
          <NavLink href="/sources">{t("nav.sources")}</NavLink>
          <NavLink href="/data">{t("nav.data")}</NavLink>
          <NavLink href="/history">{t("nav.history")}</NavLink>
          <NavLink href="/import">{t("nav.import")}</NavLink>
          <AccountLink />
        </SiteNav>
      </div>
    </header>
  );
}
