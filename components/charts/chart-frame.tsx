"use client";

import { useState, type ReactNode } from "react";

type Props = { id: string; title: string; reading: string; table: () => ReactNode; children: ReactNode };

/**
 * A chart with its title, a one-line reading, and the same data as a table for screen readers
 * and print. The table is built only once opened: at 200 x 100 it is 20,000 cells.
 */
export function ChartFrame({ id, title, reading, table, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-reading`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-reading`} className="small muted">
          {reading}
        </p>
      </figcaption>
      <div aria-hidden="true">{children}</div>
      <details className="chart__table" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show as table</summary>
        {open && <div className="table-wrap">{table()}</div>}
      </details>
    </figure>
  );
}
