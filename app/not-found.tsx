import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lede">There is no page at this address. It may be a framework or source that does not exist.</p>
      <p>
        <Link href="/">See all frameworks</Link> or <Link href="/sources">the sources</Link>.
      </p>
    </>
  );
}
