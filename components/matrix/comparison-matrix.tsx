"use client";

import {
  columnPinningFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Header,
  type SortingState,
} from "@tanstack/react-table";
import { Fragment, memo, useMemo, useState, type CSSProperties } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { Framework } from "@/lib/domain/framework";
import type { SortSpec } from "@/lib/url-state/compare-params";
import type { OpenCell } from "./evidence-dialog";
import { cellKey } from "@/lib/compare/only-supported-by";
import { MatrixCell } from "./matrix-cell";

const features = tableFeatures({
  columnVisibilityFeature,
  columnPinningFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});

/** A row of the matrix: a criterion across frameworks, or (transposed) a framework across criteria. */
type MatrixRow = { id: string; label: string; sub: string; criterion?: Criterion; framework?: Framework; group: string };

const helper = createColumnHelper<typeof features, MatrixRow>();

const LABEL_WIDTH_REM = 15;
const VALUE_WIDTH_REM = 7.5;

type Props = {
  frameworks: Framework[];
  criteria: Criterion[];
  categories: Category[];
  pinned: string[];
  sort: SortSpec | null;
  transpose: boolean;
  group: boolean;
  onSort: (sort: SortSpec | null) => void;
  onOpen: (cell: OpenCell) => void;
  /** Cells ("framework/criterion") left out of a view limited to one source. */
  unsupported?: ReadonlySet<string>;
};

const NONE: ReadonlySet<string> = new Set();

function valueAt(framework: Framework, criterion: string): number | undefined {
  return framework.assessments.find((a) => a.criterion === criterion)?.value ?? undefined;
}

/**
 * The side-by-side matrix (TanStack Table): criteria down, frameworks across, or transposed.
 * Sorting and pinning are table state driven by the URL; grouping by category is a layer of
 * collapsible header rows over the sorted rows.
 */
export const ComparisonMatrix = memo(function ComparisonMatrix({
  frameworks,
  criteria,
  categories,
  pinned,
  sort,
  transpose,
  group,
  onSort,
  onOpen,
  unsupported = NONE,
}: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const categoryName = useMemo(() => new Map(categories.map((c) => [c.slug, c.name])), [categories]);

  const rows = useMemo<MatrixRow[]>(
    () =>
      transpose
        ? frameworks.map((f) => ({ id: f.slug, label: f.name, sub: f.shortName, framework: f, group: "" }))
        : criteria.map((c) => ({
            id: c.slug,
            label: c.name,
            sub: c.direction === "cost" ? "lower is better" : "higher is better",
            criterion: c,
            group: c.category,
          })),
    [transpose, frameworks, criteria],
  );

  const columns = useMemo(() => {
    const label = helper.accessor("label", {
      id: "label",
      header: transpose ? "Framework" : "Criterion",
      enableSorting: false,
      cell: (info) => {
        const row = info.row.original;
        return (
          <div className="row-label">
            <span className="row-label__name">{row.label}</span>
            <span className="row-label__sub">{row.sub}</span>
          </div>
        );
      },
    });
    const valueColumns = transpose
      ? criteria.map((c) =>
          helper.accessor((row) => valueAt(row.framework!, c.slug), {
            id: c.slug,
            header: c.name,
            sortUndefined: "last",
            meta: { group: c.category },
            cell: (info) => {
              const f = info.row.original.framework!;
              const assessment = f.assessments.find((a) => a.criterion === c.slug);
              return (
                <MatrixCell
                  frameworkName={f.shortName}
                  criterion={c}
                  assessment={assessment}
                  unsupported={unsupported.has(cellKey(f.slug, c.slug))}
                  onOpen={() => onOpen({ framework: f, criterion: c, assessment })}
                />
              );
            },
          }),
        )
      : frameworks.map((f) =>
          helper.accessor((row) => valueAt(f, row.criterion!.slug), {
            id: f.slug,
            header: f.shortName,
            sortUndefined: "last",
            cell: (info) => {
              const c = info.row.original.criterion!;
              const assessment = f.assessments.find((a) => a.criterion === c.slug);
              return (
                <MatrixCell
                  frameworkName={f.shortName}
                  criterion={c}
                  assessment={assessment}
                  unsupported={unsupported.has(cellKey(f.slug, c.slug))}
                  onOpen={() => onOpen({ framework: f, criterion: c, assessment })}
                />
              );
            },
          }),
        );
    return helper.columns([label, ...valueColumns]);
  }, [transpose, criteria, frameworks, onOpen, unsupported]);

  const columnIds = new Set(columns.map((c) => c.id));
  const sorting: SortingState = sort && columnIds.has(sort.by) ? [{ id: sort.by, desc: sort.direction === "desc" }] : [];
  const pinnedColumns = transpose ? [] : pinned.filter((slug) => columnIds.has(slug));

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting, columnPinning: { start: ["label", ...pinnedColumns], end: [] } },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      onSort(first ? { by: first.id, direction: first.desc ? "desc" : "asc" } : null);
    },
    onColumnPinningChange: () => {},
    enableSortingRemoval: true,
  });

  const headers = [...table.getStartLeafHeaders(), ...table.getCenterLeafHeaders()];
  const stickyStyle = (columnId: string): CSSProperties | undefined => {
    if (columnId === "label") return { position: "sticky", left: 0, zIndex: 2 };
    const index = pinnedColumns.indexOf(columnId);
    if (index < 0) return undefined;
    return { position: "sticky", left: `${LABEL_WIDTH_REM + index * VALUE_WIDTH_REM}rem`, zIndex: 2 };
  };

  let sortedRows = table.getRowModel().rows;
  if (transpose && pinned.length) {
    // Transposed, frameworks are rows: pinned ones stay on top, in pin order.
    const rank = (id: string) => (pinned.includes(id) ? pinned.indexOf(id) : pinned.length);
    sortedRows = [...sortedRows].sort((a, b) => rank(a.id) - rank(b.id));
  }
  const groups: Array<{ key: string; rows: typeof sortedRows }> =
    group && !transpose
      ? categories.map((c) => ({ key: c.slug, rows: sortedRows.filter((r) => r.original.group === c.slug) })).filter((g) => g.rows.length > 0)
      : [{ key: "", rows: sortedRows }];

  const categorySpans =
    group && transpose
      ? headers.slice(1).reduce<Array<{ group: string; span: number }>>((spans, h) => {
          const g = criteria.find((c) => c.slug === h.column.id)?.category ?? "";
          const last = spans[spans.length - 1];
          if (last && last.group === g) last.span++;
          else spans.push({ group: g, span: 1 });
          return spans;
        }, [])
      : null;

  const sortButton = (header: Header<typeof features, MatrixRow, unknown>) => {
    const direction = header.column.getIsSorted();
    const name = String(header.column.columnDef.header);
    if (!header.column.getCanSort()) return name;
    return (
      <button
        type="button"
        className="sort-button"
        onClick={header.column.getToggleSortingHandler()}
        aria-label={`Sort by ${name}${direction ? `, now ${direction === "asc" ? "ascending" : "descending"}` : ""}`}
      >
        {name} <span aria-hidden="true">{direction === "asc" ? "▲" : direction === "desc" ? "▼" : "⇅"}</span>
      </button>
    );
  };

  return (
    <div className="matrix-wrap" role="region" aria-label="Comparison matrix" tabIndex={0}>
      <table className="matrix" style={{ ["--label-width" as string]: `${LABEL_WIDTH_REM}rem`, ["--value-width" as string]: `${VALUE_WIDTH_REM}rem` }}>
        <caption className="visually-hidden">
          {transpose ? "Frameworks down, criteria across" : "Criteria down, frameworks across"}; each cell opens its evidence.
        </caption>
        <thead>
          {categorySpans && (
            <tr>
              <th scope="col" style={stickyStyle("label")} />
              {categorySpans.map((s, i) => (
                <th key={`${s.group}-${i}`} scope="colgroup" colSpan={s.span} className="matrix__category-head">
                  {categoryName.get(s.group)}
                </th>
              ))}
            </tr>
          )}
          <tr>
            {headers.map((h) => (
              <th
                key={h.id}
                scope="col"
                style={stickyStyle(h.column.id)}
                aria-sort={h.column.getIsSorted() === "asc" ? "ascending" : h.column.getIsSorted() === "desc" ? "descending" : undefined}
                className={h.column.id === "label" ? "matrix__label-head" : "matrix__value-head"}
              >
                {sortButton(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map(({ key, rows: groupRows }) => {
            const isCollapsed = key !== "" && collapsed.has(key);
            return (
              <Fragment key={key || "all"}>
                {key !== "" && (
                  <tr className="matrix__group">
                    <th scope="colgroup" colSpan={headers.length}>
                      <button
                        type="button"
                        aria-expanded={!isCollapsed}
                        onClick={() =>
                          setCollapsed((prev) => {
                            const next = new Set(prev);
                            if (next.has(key)) next.delete(key);
                            else next.add(key);
                            return next;
                          })
                        }
                      >
                        <span aria-hidden="true">{isCollapsed ? "▸" : "▾"}</span> {categoryName.get(key)}{" "}
                        <span className="muted small">({groupRows.length})</span>
                      </button>
                    </th>
                  </tr>
                )}
                {!isCollapsed &&
                  groupRows.map((row) => (
                    <tr key={row.id} data-row={row.id}>
                      {[...row.getStartVisibleCells(), ...row.getCenterVisibleCells()].map((cell) =>
                        cell.column.id === "label" ? (
                          <th key={cell.id} scope="row" style={stickyStyle("label")} className="matrix__label">
                            <table.FlexRender cell={cell} />
                          </th>
                        ) : (
                          <td key={cell.id} style={stickyStyle(cell.column.id)} className="matrix__value">
                            <table.FlexRender cell={cell} />
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
