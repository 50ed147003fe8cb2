/** A chart's legend: a colour swatch and a label per series. `hidden` when the chart's own table already names them for screen readers. */
export function SwatchLegend({ items, hidden = false }: { items: ReadonlyArray<{ key?: string; label: string; colour: string }>; hidden?: boolean }) {
  return (
    <ul className="legend" aria-hidden={hidden || undefined}>
      {items.map((item) => (
        <li key={item.key ?? item.label}>
          <span className="legend__swatch" style={{ background: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
