import "./globals.css";

/**
 * An address outside every language (a file name that does not exist): the app's pages all live
 * in app/[locale], whose own not-found page is translated.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="main">
          <h1>Not found</h1>
          <p className="lede">There is no page at this address.</p>
          <p>
            <a href="/">See all frameworks</a>
          </p>
        </main>
      </body>
    </html>
  );
}
