/** The HTML report's stylesheet: inline, so the report needs nothing from the network. */
export const REPORT_CSS = `
:root { color-scheme: light; --error: #cf222e; --warning: #bf8700; --info: #0969da; --ok: #1a7f37; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa; }
main { max-width: 1240px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
.meta { color: var(--muted); margin: 0 0 20px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; }
.figure { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.figure .n { display: block; font-size: 26px; font-weight: 600; }
.figure .what { color: var(--muted); }
.figure.error .n { color: var(--error); } .figure.warning .n { color: var(--warning); } .figure.info .n { color: var(--info); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 16px; }
.chart.wide { grid-column: 1 / -1; }
.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; overflow-x: auto; }
.chart figcaption { font-weight: 600; margin-bottom: 8px; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: #1f2328; }
.chart text.value, .chart text.legend { fill: var(--muted); }
.chart .clickable { cursor: pointer; }
.chart .clickable:hover rect, .chart .clickable:focus rect { opacity: .8; }
.sev-error { fill: var(--error); } .sev-warning { fill: var(--warning); } .sev-info { fill: var(--info); }
.val-ok { fill: var(--ok); } .val-bad { fill: var(--error); } .val-unset { fill: #8c959f; } .val-unknown { fill: #8250df; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; margin-bottom: 12px; }
.filters label { display: flex; flex-direction: column; gap: 2px; color: var(--muted); font-size: 12px; }
.filters select, .filters input { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; min-width: 160px; max-width: 320px; }
.filters output { margin-left: auto; color: var(--muted); }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { background: #f6f8fa; font-weight: 600; }
td.pos, td.sev { white-space: nowrap; }
td.file { min-width: 16em; overflow-wrap: anywhere; }
td.msg { overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
details summary { cursor: pointer; }
details .detail { margin: 8px 0 4px; }
pre.excerpt, pre.code { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre.excerpt .ln { color: var(--muted); user-select: none; }
pre.excerpt .hit { background: #fff8c5; display: inline-block; min-width: 100%; }
pre.excerpt mark { background: #ffd8d3; color: inherit; border-bottom: 2px solid var(--error); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff2f5; padding: 1px 4px; border-radius: 4px; }
pre code { background: none; padding: 0; }
.rule-doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 12px; margin-bottom: 12px; }
.muted { color: var(--muted); }
#no-match[hidden], tr[hidden] { display: none; }
`;

/**
 * The report's only script: filters the findings table by severity, rule, file and text, and lets chart bars
 * set the filters. Works on data attributes; it never builds HTML from data.
 */
export const REPORT_JS = `
(function () {
  var table = document.getElementById('findings-table');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var sev = document.getElementById('f-severity');
  var rule = document.getElementById('f-rule');
  var file = document.getElementById('f-file');
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');
  var none = document.getElementById('no-match');
  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r) {
      var ok = (!sev.value || r.dataset.severity === sev.value) &&
        (!rule.value || r.dataset.rule === rule.value) &&
        (!file.value || r.dataset.file === file.value) &&
        (!q || r.dataset.search.indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' findings';
    none.hidden = shown !== 0;
  }
  [sev, rule, file].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-rule], [data-filter-severity]'), function (bar) {
    function pick() {
      if (bar.dataset.filterRule !== undefined) rule.value = bar.dataset.filterRule;
      if (bar.dataset.filterSeverity !== undefined) sev.value = bar.dataset.filterSeverity;
      apply();
      document.getElementById('findings').scrollIntoView();
    }
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });
  apply();
})();
`;
