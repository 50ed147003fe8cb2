import { notFound } from "next/navigation";

/** Any address under a language that no page answers: the language's own not-found page. */
export default function UnknownPage() {
  notFound();
}
