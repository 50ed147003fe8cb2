"use client";

import { usePathname } from "next/navigation";

/** The first stops of the Tab order: the content, and on /compare its weights, ranking and matrix. */
export function SkipLinks() {
  const onCompare = usePathname() === "/compare";
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {onCompare && (
        <>
          <a className="skip-link" href="#weights">
            Skip to the weights
          </a>
          <a className="skip-link" href="#ranking">
            Skip to the ranking
          </a>
          <a className="skip-link" href="#matrix">
            Skip to the matrix
          </a>
        </>
      )}
    </nav>
  );
}
