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
  type Row,
  type SortingState,
} from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { memo, useCallback, useEffect, useMemo, useState, type CSSProperties } from "react";
import type { CellIndex } from "@/lib/compare/cell-index";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import type { AssumedValues } from "@/lib/compare/assumptions";
import type { ValueFunctionMap } from "@/lib/compare/value-functions";
import { goodWay } from "@/lib/scoring/value-function";
import type { SortSpec } from "@/lib/url-state/compare-params";
import type { OpenCell } from "./evidence-dialog";
import { cellKey } from "@/lib/compare/cell-key";
import type { GridPosition } from "./grid-navigation";
import { MatrixCell } from "./matrix-cell";
import { useGridKeyboard } from "./use-grid-keyboard";
import { useMatrixWindow } from "./use-matrix-window";

const features = tableFeatures({
  columnVisibilityFeature,
  columnPinningFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});

/**
 * A row of the matrix: a criterion across frameworks, or (transposed) a framework across
 * criteria. `at` is its place in the cell index: the criterion's column, or the framework's row.
 */
type MatrixRow = { id: string; label: string; sub: string; criterion?: Criterion; framework?: FrameworkLabel; group: string; at: number };
/** A value column: a framework (or, transposed, a criterion) and its place in the cell index. */
type ValueColumn = { framework?: FrameworkLabel; criterion?: Criterion; at: number };
/** A body row as drawn: a category's heading or a row of values. */
type BodyRow = { kind: "heading"; key: string; count: number; collapsed: boolean } | { kind: "row"; key: string; row: Row<typeof features, MatrixRow> };
type MatrixHeader = Header<typeof features, MatrixRow, unknown>;

const helper = createColumnHelper<typeof features, MatrixRow>();

const LABEL_WIDTH_REM = 15;
const VALUE_WIDTH_REM = 7.5;

type Props = {
  frameworks: FrameworkLabel[];
  cells: CellIndex;
  criteria: Criterion[];
  categories: Category[];
  pinned: string[];
  sort: SortSpec | null;
  transpose: boolean;
  group: boolean;
  onSort: (sort: SortSpec | null) => void;
  onOpen: (cell: OpenCell) => void;
  /** Cells ("framework.criterion") left out of a view limited to one source. */
  unsupported?: ReadonlySet<string>;
  /** The analyst's own values for silent cells, marked as assumptions. */
  assumed?: AssumedValues;
  /** What the view holds good per criterion, where not its own direction: the row's label and the cells' tones follow it. */
  valueFunctions?: ValueFunctionMap;
};

const NO_FUNCTIONS: ValueFunctionMap = {};
/** A criterion's row label under its name: what the view holds good on it. */
const GOOD_LABEL = { benefit: "higherIsBetter", cost: "lowerIsBetter", points: "ownValues" } as const;

const NONE: ReadonlySet<string> = new Set();

/**
 * The side-by-side matrix (TanStack Table): criteria down, frameworks across, or transposed.
 * Sorting and pinning are table state driven by the URL; grouping by category is a layer of
 * collapsible heading rows over the sorted rows. Only the rows and columns in view are drawn
 * (TanStack Virtual); the keyboard reaches every cell all the same (use-grid-keyboard).
 */
export const ComparisonMatrix = memo(function ComparisonMatrix({
  frameworks,
  cells,
  criteria,
  categories,
  pinned,
  sort,
  transpose,
  group,
  onSort,
  onOpen,
  unsupported = NONE,
  assumed,
  valueFunctions = NO_FUNCTIONS,
}: Props) {
  const t = useTranslations("matrix");
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const categoryName = useMemo(() => new Map(categories.map((c) => [c.slug, c.name])), [categories]);

  const rows = useMemo<MatrixRow[]>(
    () =>
      transpose
        ? frameworks.map((f) => ({ id: f.slug, label: f.name, sub: f.shortName, framework: f, group: "", at: cells.row(f.slug) }))
        : criteria.map((c) => ({
            id: c.slug,
            label: c.name,
            sub: t(GOOD_LABEL[goodWay(c.direction, valueFunctions[c.slug])]),
            criterion: c,
            group: c.category,
            at: cells.column(c.slug),
          })),
    [transpose, frameworks, criteria, cells, valueFunctions, t],
  );

  const valueColumns = useMemo(
    () =>
      new Map<string, ValueColumn>(
        transpose
          ? criteria.map((c) => [c.slug, { criterion: c, at: cells.column(c.slug) }])
          : frameworks.map((f) => [f.slug, { framework: f, at: cells.row(f.slug) }]),
      ),
    [transpose, criteria, frameworks, cells],
  );

  const columns = useMemo(() => {
    const label = helper.accessor("label", { id: "label", header: transpose ? t("framework") : t("criterion"), enableSorting: false });
    const values = transpose
      ? criteria.map((c) => {
          const column = cells.column(c.slug);
          return helper.accessor((row) => cells.value(row.at, column) ?? undefined, { id: c.slug, header: c.name, sortUndefined: "last" });
        })
      : frameworks.map((f) => {
          const row = cells.row(f.slug);
          return helper.accessor((r) => cells.value(row, r.at) ?? undefined, { id: f.slug, header: f.shortName, sortUndefined: "last" });
        });
    return helper.columns([label, ...values]);
  }, [transpose, criteria, frameworks, cells, t]);

  const sorting: SortingState = sort && valueColumns.has(sort.by) ? [{ id: sort.by, desc: sort.direction === "desc" }] : [];
  const pinnedColumns = transpose ? [] : pinned.filter((slug) => valueColumns.has(slug));

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

  const [labelHeader, ...pinnedHeaders] = table.getStartLeafHeaders();
  const centerHeaders = table.getCenterLeafHeaders();
  const sortedRows = table.getRowModel().rows;

  const body = useMemo<BodyRow[]>(() => {
    let ordered = sortedRows;
    if (transpose && pinned.length) {
      // Transposed, frameworks are rows: pinned ones stay on top, in pin order.
      const rank = (id: string) => (pinned.includes(id) ? pinned.indexOf(id) : pinned.length);
      ordered = [...ordered].sort((a, b) => rank(a.id) - rank(b.id));
    }
    const asRows = (list: typeof ordered): BodyRow[] => list.map((row) => ({ kind: "row", key: row.id, row }));
    if (!group || transpose) return asRows(ordered);
    const byCategory = new Map<string, typeof ordered>(categories.map((c) => [c.slug, []]));
    for (const row of ordered) byCategory.get(row.original.group)?.push(row);
    return [...byCategory].flatMap(([key, list]) => {
      if (list.length === 0) return [];
      const isCollapsed = collapsed.has(key);
      return [{ kind: "heading", key: `group:${key}`, count: list.length, collapsed: isCollapsed } as BodyRow, ...(isCollapsed ? [] : asRows(list))];
    });
  }, [sortedRows, transpose, pinned, group, categories, collapsed]);

  const view = useMatrixWindow({
    rowKeys: useMemo(() => body.map((b) => b.key), [body]),
    columnKeys: useMemo(() => centerHeaders.map((h) => h.column.id), [centerHeaders]),
    stickyWidthRem: LABEL_WIDTH_REM + pinnedHeaders.length * VALUE_WIDTH_REM,
    columnRem: VALUE_WIDTH_REM,
  });
  // Transposed, the old scroll offsets point at other rows and columns: start again at the top left.
  const { scrollRef } = view;
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs because the axes changed, which it does not read
  useEffect(() => {
    // Braces: Chromium's scrollTo returns a promise, which React would take for a cleanup.
    // (0 is the starting edge right to left too: Chromium counts scrollLeft there from 0 down.)
    scrollRef.current?.scrollTo({ top: 0, left: 0 });
  }, [transpose, scrollRef]);
  const shownCenter = view.columns.items.map((item) => ({ item, header: centerHeaders[item.index]! }));
  const pinnedCount = pinnedHeaders.length;
  const valueCount = pinnedCount + centerHeaders.length;

  const isHeading = useCallback((row: number) => body[row]?.kind === "heading", [body]);
  const { onKeyDown } = useGridKeyboard({
    scrollRef: view.scrollRef,
    shape: useCallback(() => ({ rows: body.length, columns: valueCount, isHeading, pageRows: view.pageRows() }), [body.length, valueCount, isHeading, view]),
    scrollTo: useCallback(({ row, column }: GridPosition) => view.scrollTo(row, column >= pinnedCount ? column - pinnedCount : -1), [view, pinnedCount]),
  });

  // In the header, above the header cells that scroll under them (globals.css gives those 3).
  const stickyStyle = (columnId: string, inHead = false): CSSProperties | undefined => {
    const zIndex = inHead ? 4 : 2;
    if (columnId === "label") return { position: "sticky", insetInlineStart: 0, zIndex };
    const index = pinnedColumns.indexOf(columnId);
    if (index < 0) return undefined;
    return { position: "sticky", insetInlineStart: `${LABEL_WIDTH_REM + index * VALUE_WIDTH_REM}rem`, zIndex };
  };
  const spacer = (width: number, key: string, as: "th" | "td" = "td") => (width > 0 ? <SpacerCell key={key} as={as} width={width} /> : null);
  const drawnColumnCount = 1 + pinnedCount + shownCenter.length + (view.columns.before > 0 ? 1 : 0) + (view.columns.after > 0 ? 1 : 0);

  const categorySpans =
    group && transpose
      ? shownCenter.reduce<Array<{ group: string; span: number }>>((spans, { header }) => {
          const g = valueColumns.get(header.column.id)?.criterion?.category ?? "";
          const last = spans[spans.length - 1];
          if (last && last.group === g) last.span++;
          else spans.push({ group: g, span: 1 });
          return spans;
        }, [])
      : null;

  const headerCell = (h: MatrixHeader, valueIndex: number, measure?: { index: number }) => {
    const direction = h.column.getIsSorted();
    return (
      <th
        key={h.id}
        scope="col"
        ref={measure ? view.measureColumn : undefined}
        data-index={measure?.index}
        aria-colindex={valueIndex + 2}
        style={stickyStyle(h.column.id, true)}
        aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}
        className="matrix__value-head"
      >
        <SortButton header={h} nav={`-1:${valueIndex}`} />
      </th>
    );
  };

  const valueCell = (row: MatrixRow, columnId: string, valueIndex: number, bodyIndex: number) => {
    const column = valueColumns.get(columnId)!;
    const framework = row.framework ?? column.framework!;
    const criterion = row.criterion ?? column.criterion!;
    const cell = transpose ? cells.at(row.at, column.at) : cells.at(column.at, row.at);
    return (
      <td key={columnId} aria-colindex={valueIndex + 2} style={stickyStyle(columnId)} className="matrix__value">
        <MatrixCell
          frameworkName={framework.shortName}
          criterion={criterion}
          cell={cell}
          unsupported={unsupported.has(cellKey(framework.slug, criterion.slug))}
          assumed={assumed?.get(cellKey(framework.slug, criterion.slug))}
          valueFunction={valueFunctions[criterion.slug]}
          nav={`${bodyIndex}:${valueIndex}`}
          onOpen={() => onOpen({ framework, criterion, cell })}
        />
      </td>
    );
  };

  return (
    <div
      className="matrix-wrap"
      role="region"
      aria-label={t("region")}
      tabIndex={0}
      ref={view.scrollRef}
      onKeyDown={onKeyDown}
      style={{ scrollPaddingTop: view.scrollPadding.top, scrollPaddingInlineStart: view.scrollPadding.inlineStart }}
    >
      <table
        className="matrix"
        aria-rowcount={(categorySpans ? 2 : 1) + body.length}
        aria-colcount={1 + valueCount}
        style={{ ["--label-width" as string]: `${LABEL_WIDTH_REM}rem`, ["--value-width" as string]: `${VALUE_WIDTH_REM}rem` }}
      >
        <caption className="visually-hidden">{t("caption", { transpose: transpose ? "yes" : "no" })}</caption>
        <thead ref={view.headRef}>
          {categorySpans && (
            <tr aria-rowindex={1}>
              <th scope="col" style={stickyStyle("label", true)}>
                <span className="visually-hidden">{t("category")}</span>
              </th>
              {spacer(view.columns.before, "before", "th")}
              {categorySpans.map((s, i) => (
                <th key={`${s.group}-${i}`} scope="colgroup" colSpan={s.span} className="matrix__category-head">
                  {categoryName.get(s.group)}
                </th>
              ))}
              {spacer(view.columns.after, "after", "th")}
            </tr>
          )}
          <tr aria-rowindex={categorySpans ? 2 : 1}>
            {labelHeader && (
              <th scope="col" aria-colindex={1} style={stickyStyle("label", true)} className="matrix__label-head">
                {String(labelHeader.column.columnDef.header)}
              </th>
            )}
            {pinnedHeaders.map((h, i) => headerCell(h, i))}
            {spacer(view.columns.before, "before", "th")}
            {shownCenter.map(({ item, header }) => headerCell(header, pinnedCount + item.index, { index: item.index }))}
            {spacer(view.columns.after, "after", "th")}
          </tr>
        </thead>
        <tbody>
          {view.rows.before > 0 && <SpacerRow height={view.rows.before} columns={drawnColumnCount} />}
          {view.rows.items.map((item) => {
            const b = body[item.index]!;
            const rowIndex = (categorySpans ? 3 : 2) + item.index;
            if (b.kind === "heading") {
              const key = b.key.slice("group:".length);
              return (
                <tr key={b.key} ref={view.measureRow} data-index={item.index} aria-rowindex={rowIndex} className="matrix__group">
                  <th scope="colgroup" colSpan={drawnColumnCount}>
                    <button
                      type="button"
                      data-nav={`${item.index}:g`}
                      aria-expanded={!b.collapsed}
                      onClick={() =>
                        setCollapsed((prev) => {
                          const next = new Set(prev);
                          if (next.has(key)) next.delete(key);
                          else next.add(key);
                          return next;
                        })
                      }
                    >
                      <span aria-hidden="true">{b.collapsed ? "▸" : "▾"}</span> {categoryName.get(key)} <span className="muted small">({b.count})</span>
                    </button>
                  </th>
                </tr>
              );
            }
            const row = b.row.original;
            return (
              <tr key={b.key} ref={view.measureRow} data-index={item.index} data-row={row.id} aria-rowindex={rowIndex}>
                <th scope="row" aria-colindex={1} style={stickyStyle("label")} className="matrix__label">
                  <div className="row-label">
                    <span className="row-label__name">{row.label}</span>
                    <span className="row-label__sub">{row.sub}</span>
                  </div>
                </th>
                {pinnedHeaders.map((h, i) => valueCell(row, h.column.id, i, item.index))}
                {spacer(view.columns.before, "before")}
                {shownCenter.map(({ item: column, header }) => valueCell(row, header.column.id, pinnedCount + column.index, item.index))}
                {spacer(view.columns.after, "after")}
              </tr>
            );
          })}
          {view.rows.after > 0 && <SpacerRow height={view.rows.after} columns={drawnColumnCount} />}
        </tbody>
      </table>
    </div>
  );
});

function SortButton({ header, nav }: { header: MatrixHeader; nav: string }) {
  const t = useTranslations("matrix");
  const direction = header.column.getIsSorted();
  const name = String(header.column.columnDef.header);
  return (
    <button
      type="button"
      className="sort-button"
      data-nav={nav}
      onClick={header.column.getToggleSortingHandler()}
      aria-label={t("sortBy", { name, direction: direction || "none" })}
    >
      {name} <span aria-hidden="true">{direction === "asc" ? "▲" : direction === "desc" ? "▼" : "⇅"}</span>
    </button>
  );
}

/** The room of the columns out of view, left or right of those drawn. */
function SpacerCell({ as: Cell, width }: { as: "th" | "td"; width: number }) {
  return <Cell aria-hidden="true" className="matrix__spacer" style={{ width, minWidth: width, maxWidth: width }} />;
}

/** The room of the rows out of view, above or below those drawn. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="matrix__spacer-row">
      <td aria-hidden="true" colSpan={columns} style={{ height }} />
    </tr>
  );
}
