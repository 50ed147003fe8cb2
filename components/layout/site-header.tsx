import Link from "next/link";
import { AccountLink } from "./account-link";
import { NavLink } from "./nav-link";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          Gulf Security Comparator<small>proposals for a regional architecture</small>
        </Link>
        <SiteNav>
          <NavLink href="/">Frameworks</NavLink>
          <NavLink href="/compare">Compare</NavLink>
          <NavLink href="/inclusiveness">Inclusiveness</NavLink>
          <NavLink href="/scenarios">Scenarios</NavLink>
          <NavLink href="/panels">Panels</NavLink>
          <NavLink href="/sources">Sources</NavLink>
          <NavLink href="/data">Data</NavLink>
          <NavLink href="/history">History</NavLink>
          <NavLink href="/import">Import</NavLink>
          <AccountLink />
        </SiteNav>
      </div>
    </header>
  );
}
