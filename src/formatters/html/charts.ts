import { esc, shorten } from './escape';

/** One coloured part of a bar; `cls` picks the colour from the report's stylesheet. */
export interface Segment {
  value: number;
  cls: string;
  label: string;
}

/** One bar of a chart; `filter` makes it a button that filters the findings table. */
export interface Bar {
  label: string;
  segments: Segment[];
  filter?: { name: 'rule' | 'severity'; value: string };
}

const ROW = 26;

/** Sizes of a chart in SVG units; `wide` charts take a whole row of the report. */
export interface ChartSize {
  labelWidth: number;
  barWidth: number;
  wide?: boolean;
}

const SMALL: ChartSize = { labelWidth: 150, barWidth: 220 };

/**
 * A horizontal bar chart as inline SVG (stacked when a bar has several segments), with a `<title>` on every
 * part for tooltips and screen readers. Labels are escaped and shortened; the full text is in the title.
 */
export function barChart(
  id: string,
  title: string,
  bars: readonly Bar[],
  legend: readonly Segment[] = [],
  size: ChartSize = SMALL,
  /** how a label is cut (the report's own, which masks secrets first) */
  cut: (s: string, max: number) => string = shorten,
): string {
  const { labelWidth: LABEL_WIDTH, barWidth: BAR_WIDTH } = size;
  const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;
  const maxLabel = Math.floor((LABEL_WIDTH - 12) / 6.8);
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const legendHeight = legend.length ? 24 : 0;
  const height = Math.max(1, bars.length) * ROW + 8 + legendHeight;
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const y = 4 + i * ROW;
    const total = b.segments.reduce((n, s) => n + s.value, 0);
    const attrs = b.filter
      ? ` class="bar clickable" role="button" tabindex="0" data-filter-${b.filter.name}="${esc(b.filter.value)}"`
      : ' class="bar"';
    parts.push(`<g${attrs}><title>${esc(`${b.label}: ${total}`)}</title>`);
    parts.push(`<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${esc(cut(b.label, maxLabel))}</text>`);
    let x = LABEL_WIDTH;
    for (const s of b.segments) {
      if (s.value <= 0) continue;
      const w = Math.max(2, (s.value / max) * BAR_WIDTH);
      parts.push(`<rect class="${esc(s.cls)}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 8}" rx="3"><title>${esc(`${b.label} · ${s.label}: ${s.value}`)}</title></rect>`);
      x += w;
    }
    parts.push(`<text class="value" x="${(x + 6).toFixed(1)}" y="${y + 17}">${total}</text></g>`);
  });
  if (bars.length === 0) parts.push(`<text class="label" x="${WIDTH / 2}" y="18" text-anchor="middle">nothing to show</text>`);
  let lx = LABEL_WIDTH;
  const ly = height - legendHeight + 6;
  for (const s of legend) {
    parts.push(`<rect class="${esc(s.cls)}" x="${lx}" y="${ly}" width="12" height="12" rx="2"/><text class="legend" x="${lx + 16}" y="${ly + 11}">${esc(s.label)}</text>`);
    lx += 24 + s.label.length * 7;
  }
  return [
    `<figure class="chart${size.wide ? ' wide' : ''}" id="${esc(id)}">`,
    `<figcaption>${esc(title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(title)}">`,
    ...parts,
    '</svg>',
    '</figure>',
  ].join('\n');
}

/** Count values into bars in a fixed order first (known values), then the rest by count. */
export function categoryBars(values: readonly string[], known: readonly string[], cls: (value: string) => string): Bar[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = [...known.filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !known.includes(k)).sort((a, b) => counts.get(b)! - counts.get(a)!)];
  return order.map((v) => ({ label: v, segments: [{ value: counts.get(v)!, cls: cls(v), label: v }] }));
}
