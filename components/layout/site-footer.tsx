import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {t.rich("text", {
          // The paper's title stays in its own language, isolated from the sentence around it.
          work: (chunks) => <cite dir="ltr">{chunks}</cite>,
          api: (chunks) => (
            <a href="/api/frameworks" dir="ltr">
              {chunks}
            </a>
          ),
        })}
      </div>
    </footer>
  );
}
