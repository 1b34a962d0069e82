/**
 * The report's inline stylesheet: a card layout on a light grey page, a teal accent, system fonts
 * only (nothing is fetched), logical properties so one sheet serves both directions, and print
 * rules (no navigation, white page, colours kept, cards not split).
 *
 * @example
 * ```ts
 * `<style>${REPORT_CSS}</style>`;
 * ```
 * @category CLI
 */
export const REPORT_CSS: string = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f3f4f6;--card:#fff;--accent:#0f766e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
html[lang=fa] body{font-family:Vazirmatn,"Noto Sans Arabic","Noto Naskh Arabic",Tahoma,"DejaVu Sans",sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px}
.report-head{padding:8px 4px 18px}
.brand{color:var(--accent);font-weight:700;letter-spacing:.04em;font-size:13px}
h1{font-size:26px;margin:2px 0 12px;line-height:1.3}
h2{font-size:19px;margin:0 0 14px;padding-bottom:8px;border-bottom:1px solid var(--line);break-after:avoid}
h3{font-size:15px;margin:22px 0 8px;break-after:avoid}
h4{font-size:14px;margin:0 0 8px}
.meta{display:flex;flex-wrap:wrap;gap:8px 32px;margin:0 0 14px}
.meta dt{color:var(--muted);font-size:12px}
.meta dd{margin:0;font-weight:600}
nav{display:flex;flex-wrap:wrap;gap:6px}
nav a{font-size:12.5px;color:var(--accent);text-decoration:none;border:1px solid #cfe3e1;border-radius:14px;padding:2px 10px;background:#fff}
section{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:20px 24px;margin:0 0 20px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px;margin:0 0 18px}
.figures.small{grid-template-columns:repeat(auto-fill,minmax(240px,1fr));margin-top:16px}
.figure{border:1px solid var(--line);border-radius:10px;padding:12px 14px;background:#fafbfc;break-inside:avoid}
.figure .label{color:var(--muted);font-size:12.5px}
.figure .value{font-size:21px;font-weight:650;margin-top:2px;line-height:1.35}
.figure .note{color:var(--muted);font-size:12px;margin-top:3px}
.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.unit{font-size:13px;color:var(--muted);font-weight:400}
.muted{color:var(--muted)}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(400px,1fr));gap:14px 28px;align-items:start}
figure{margin:0;break-inside:avoid}
.chart-box{margin:6px 0 12px}
.chart-box figcaption{font-size:12.5px;margin-top:4px;font-weight:400}
svg.chart{width:100%;height:auto;display:block;font-size:11px}
svg .tick{fill:#4b5563;font-size:11px}
svg .sub{fill:#9ca3af}
svg .axis-title{fill:#6b7280;font-size:11.5px;font-weight:600}
svg .layer{font-size:14px;font-weight:700}
svg .lead{fill:#1f2937;font-size:13.5px;font-weight:650}
svg.pyramid{max-width:900px}
figcaption{font-weight:600;margin:0 0 8px}
.bar-row{display:grid;grid-template-columns:minmax(110px,160px) 1fr minmax(125px,auto);gap:10px;align-items:center;margin:5px 0}
.bar-label{font-size:13px}
.bar-track{height:14px;background:#f1f3f5;border-radius:7px;overflow:hidden}
.bar-fill{display:block;height:100%;border-radius:7px}
.bar-value{font-size:13px;text-align:end}
.stack-chart{margin:8px 0 12px}
.stack{display:flex;height:24px;border-radius:6px;overflow:hidden;background:#f1f3f5}
.stack>span{display:block;height:100%}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 20px;padding:0;margin:8px 0 0;font-size:13px}
.legend i,.dot{display:inline-block;width:10px;height:10px;border-radius:3px;margin-inline-end:6px}
.table-wrap{overflow-x:auto;margin:4px 0 8px}
table{border-collapse:collapse;width:100%;font-size:13px}
caption{text-align:start;font-weight:600;padding:0 0 6px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:start;vertical-align:middle}
thead th{color:var(--muted);font-weight:600;font-size:12px;border-bottom:2px solid var(--line)}
td.n,th.n{text-align:end}
td:first-child{white-space:nowrap}
table.compact{width:auto;min-width:40%}
tr{break-inside:avoid}
details{margin:2px 0 14px}
summary{cursor:pointer;color:var(--accent);font-size:13px}
.heat th,.heat td{border-bottom:0;padding:4px}
.heat thead th{text-align:center}
.heat td.cell{text-align:center;font-size:11.5px;min-width:52px;border:2px solid #fff}
.heat td.cell.dark{color:#fff}
.heat th[scope=row]{white-space:nowrap;font-weight:500;text-align:start}
.scale{display:flex;align-items:center;gap:8px;font-size:12px;color:var(--muted);margin-top:8px}
.ramp{display:inline-block;width:160px;height:10px;border-radius:5px}
.model{border:1px solid var(--line);border-radius:10px;padding:12px 14px;break-inside:avoid}
.params{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:6px 14px;margin:0}
.params dt{color:var(--muted);font-size:12px}
.params dd{margin:0;font-weight:600}
.truth-table{margin-top:14px}
.badge{display:inline-block;font-size:11px;font-weight:600;padding:1px 8px;border-radius:10px;margin-inline-start:6px;vertical-align:middle}
.badge.ok{background:#ccfbf1;color:#115e59}
.badge.warn{background:#fee2e2;color:#991b1b}
.missing{color:var(--muted);background:#f8fafc;border:1px dashed #cbd5e1;border-radius:8px;padding:10px 14px;margin:0}
.meter{display:inline-block;width:64px;height:8px;background:#eef0f2;border-radius:4px;overflow:hidden;margin-inline-end:8px;vertical-align:middle}
.meter>span{display:block;height:100%;background:var(--accent)}
.nps-score{font-size:30px}
bdi.raw{unicode-bidi:isolate}
.nowrap{white-space:nowrap}
footer{color:var(--muted);font-size:12px;text-align:center;padding:4px 0 24px}
@media (max-width:760px){main{padding:12px}section{padding:14px}.cols{grid-template-columns:1fr}.bar-row{grid-template-columns:96px 1fr auto}}
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}nav,details{display:none}section{box-shadow:none;border-color:#d1d5db;margin-bottom:12px;padding:12px 14px}.figure{background:#fff}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
