/** The report's one style sheet (its hash is in the page's Content-Security-Policy). */
export const PAGE_STYLE = `
:root{--ink:#1d2939;--muted:#5b6677;--line:#d9dee6;--panel:#fff;--bg:#f4f6f9;--accent:#1f4e79;
--error:#b42318;--warning:#c4650a;--information:#2563b0;--hint:#8a94a6;
--met:#2e7d4f;--unmet:#c0392b;--undocumented:#e0a526;--present:#1f4e79;--other:#b9c6d6}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 "Segoe UI","Liberation Sans","DejaVu Sans",Arial,sans-serif}
header{background:var(--accent);color:#fff;padding:18px 32px 16px}
header h1{margin:0;font-size:22px;font-weight:600;letter-spacing:.2px}
header p{margin:4px 0 0;color:#d6e2ee;font-size:13px}
.phi{background:#fff4e5;color:#7a4a00;border-bottom:1px solid #f2d7a6;padding:7px 32px;font-size:12.5px}
main{display:flex;flex-direction:column;gap:22px;padding:22px 32px 40px;max-width:1400px;margin:0 auto}
#overview{order:1}#notes{order:2}#detail{order:3}
h2{font-size:17px;margin:0 0 12px;font-weight:600}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-bottom:16px}
.tile{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 16px;display:flex;flex-direction:column}
.tile-value{font-size:28px;font-weight:600;color:var(--accent);line-height:1.1}
.tile-label{font-weight:600;margin-top:2px}
.tile-detail{color:var(--muted);font-size:12.5px}
.charts{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:14px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;margin:0;padding:14px 16px 10px}
.card h3{margin:0;font-size:15px}
.card figcaption p{margin:2px 0 8px;color:var(--muted);font-size:12.5px}
.chart{width:100%;height:auto;display:block}
.chart text{font-size:11.5px;fill:var(--ink)}
.chart .value{fill:var(--muted);font-size:11px}
.chart .tick,.chart .axis-label{fill:var(--muted);font-size:11px}
.chart .track{fill:#f0f2f5}
.chart .grid{stroke:#eceff3}
.chart .axis{stroke:#9aa4b2}
.chart .marker line{stroke:var(--ink);stroke-dasharray:4 3;stroke-width:1.3}
.chart .marker text{font-size:11px;font-weight:600}
.sev-error{fill:var(--error);background:var(--error)}.sev-warning{fill:var(--warning);background:var(--warning)}
.sev-information{fill:var(--information);background:var(--information)}.sev-hint{fill:var(--hint);background:var(--hint)}
.kind-present{fill:var(--present);background:var(--present)}.kind-other{fill:var(--other);background:var(--other)}
.care-below{fill:var(--undocumented);background:var(--undocumented)}.care-met{fill:var(--met);background:var(--met)}
.crit-met{fill:var(--met);background:var(--met)}.crit-unmet{fill:var(--unmet);background:var(--unmet)}
.crit-undocumented{fill:var(--undocumented);background:var(--undocumented)}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:6px 0 0;font-size:12px;color:var(--muted)}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:-1px}
.empty{color:var(--muted);font-style:italic;margin:24px 0}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:16px}
.controls{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end;margin-bottom:12px}
.controls label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:3px}
.controls input,.controls select{font:inherit;height:32px;padding:5px 8px;border:1px solid #b8c0cc;border-radius:5px;min-width:190px;background:#fff;color:var(--ink)}
.controls input{min-width:280px}
#shown{margin-left:auto;color:var(--muted);font-size:12.5px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:7px 9px;border-bottom:1px solid #e7eaef;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;background:#f8f9fb;position:sticky;top:0}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td.num,th.num{text-align:right;white-space:nowrap}
#notes tbody tr{cursor:pointer}#notes tbody tr:hover{background:#f3f7fc}
#notes tbody tr[aria-selected=true]{background:#e6eef8}
td.name{font-weight:600;overflow-wrap:anywhere;min-width:230px;max-width:300px}
td.summary{color:#344054;min-width:320px}
.chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:11.5px;font-weight:600;color:#fff;white-space:nowrap}
.chip.error{background:var(--error)}.chip.warning{background:var(--warning)}.chip.information{background:var(--information)}
.chip.hint{background:var(--hint)}.chip.clean{background:var(--met)}.chip.skipped{background:#475467}
#more{color:var(--muted);font-size:12.5px;margin:8px 0 0}
#detail h2{overflow-wrap:anywhere}
#detail .columns{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:20px;align-items:start}
#detail h3{font-size:14.5px;margin:4px 0 10px}
#detail .summary-line{font-size:15px;margin:0 0 12px}
#detail .facts{display:grid;grid-template-columns:max-content 1fr;gap:3px 14px;margin:0 0 14px}
#detail dt{color:var(--muted)}#detail dd{margin:0}
.diag{border:1px solid var(--line);border-left:4px solid var(--hint);border-radius:6px;padding:8px 12px;margin:0 0 8px}
.diag.error{border-left-color:var(--error)}.diag.warning{border-left-color:var(--warning)}.diag.information{border-left-color:var(--information)}
.diag .rule{font-weight:600;margin:0 6px}
.diag p{margin:4px 0}
.diag .cites{color:var(--muted);font-size:12.5px}
.diag ul{margin:4px 0 0;padding-left:18px;font-size:12.5px}
.evidence th,.evidence td{padding:4px 8px;font-size:12.5px}
.evidence td.line{color:var(--muted);text-align:right;width:56px;font-variant-numeric:tabular-nums}
.evidence td.text{font-family:"DejaVu Sans Mono","Liberation Mono",monospace;font-size:12.5px;white-space:pre-wrap;word-break:break-word}
.evidence tr.not-present td{color:#7b8494}
.back{font:inherit;margin-top:12px;padding:5px 12px;border:1px solid #b8c0cc;border-radius:5px;background:#fff;cursor:pointer}
footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 24px}
@media (max-width:900px){.charts,.tiles,#detail .columns{grid-template-columns:1fr}}
@media print{#notes .controls,.evidence tr.not-present td{color:#7b8494}
.back{display:none}th{position:static}}
`;
