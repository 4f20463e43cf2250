/**
 * The Note Summary webview page: plain HTML, CSS and JS, generated here and rendered from the
 * data the server sends (no clinical logic in it). No remote resources: a strict
 * Content-Security-Policy allows only this page's own nonce-tagged style and script. Colours
 * come from VS Code's theme variables, so it follows light, dark and high-contrast themes.
 * The chart is inline SVG built with DOM calls; text is always set with textContent.
 */
export function summaryHtml(nonce: string, cspSource: string): string {
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Note Summary</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted">Loading…</p></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = String.raw`
:root { --gap: 12px; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; line-height: 1.45; }
h1 { font-size: 1.35em; margin: 16px 0 4px; font-weight: 600; }
h2 { font-size: 1.05em; margin: 22px 0 8px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--vscode-descriptionForeground); }
.muted { color: var(--vscode-descriptionForeground); }
.line { margin: 4px 0 0; font-size: 1.05em; }
a, .link { color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: none; }
a:hover, .link:hover { text-decoration: underline; }
a:focus, .link:focus, tr:focus, .bar-hit:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.banner { border: 1px solid var(--vscode-inputValidation-errorBorder, var(--vscode-errorForeground)); background: var(--vscode-inputValidation-errorBackground, transparent); padding: 8px 12px; margin: 12px 0; border-radius: 4px; }
.banner strong { color: var(--vscode-errorForeground); }
.criteria { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: var(--gap); }
.card { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, #8884)); border-radius: 6px; padding: 10px 12px; background: var(--vscode-editorWidget-background, transparent); }
.card .state { font-weight: 600; display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.card .icon { display: inline-flex; width: 18px; height: 18px; border-radius: 50%; align-items: center; justify-content: center; font-size: 12px; color: var(--vscode-editor-background); }
.met .icon { background: var(--vscode-charts-green, #388a34); }
.notmet .icon { background: var(--vscode-charts-red, #e51400); }
.undocumented .icon { background: var(--vscode-charts-yellow, #bf8803); }
.card .label { margin: 2px 0; }
.card .detail { font-size: .92em; }
.card ul { margin: 6px 0 0; padding-left: 16px; font-size: .92em; }
svg { width: 100%; height: auto; max-width: 760px; display: block; }
svg text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
svg .tick text, svg .value { fill: var(--vscode-descriptionForeground); font-size: 11px; }
svg .tick line, svg .axis { stroke: var(--vscode-panel-border, #8886); stroke-width: 1; }
svg .bar { rx: 3; }
svg .completed { fill: var(--vscode-charts-blue, #1a85ff); }
svg .ongoing { fill: var(--vscode-charts-green, #388a34); }
svg .planned { fill: none; stroke: var(--vscode-charts-purple, #652d90); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .other { fill: var(--vscode-charts-orange, #d18616); }
svg .unknown { fill: none; stroke: var(--vscode-descriptionForeground); stroke-dasharray: 2 3; }
svg .total { fill: var(--vscode-charts-foreground, var(--vscode-foreground)); opacity: .75; }
svg .short { fill: var(--vscode-charts-red, #e51400); opacity: .85; }
svg .min-line { stroke: var(--vscode-charts-red, #e51400); stroke-width: 2; stroke-dasharray: 6 4; }
svg .min-label { fill: var(--vscode-charts-red, #e51400); font-weight: 600; font-size: 11px; }
svg .bar-hit { cursor: pointer; }
svg .bar-hit:hover .bar { opacity: .8; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: .9em; margin-top: 4px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; vertical-align: -1px; }
.legend .l-completed::before { background: var(--vscode-charts-blue, #1a85ff); }
.legend .l-ongoing::before { background: var(--vscode-charts-green, #388a34); }
.legend .l-planned::before { border: 1.5px dashed var(--vscode-charts-purple, #652d90); width: 8px; height: 8px; }
.legend .l-min::before { background: var(--vscode-charts-red, #e51400); height: 2px; vertical-align: 3px; }
.toolbar { display: flex; gap: 12px; align-items: center; margin-bottom: 6px; flex-wrap: wrap; }
input[type=search] { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); padding: 3px 6px; min-width: 220px; font: inherit; }
table { border-collapse: collapse; width: 100%; font-size: .95em; }
th { text-align: left; font-weight: 600; color: var(--vscode-descriptionForeground); border-bottom: 1px solid var(--vscode-panel-border, #8886); padding: 4px 8px; }
td { padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8883); vertical-align: top; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
tr.not-present { color: var(--vscode-descriptionForeground); }
tr.not-present td.text { font-style: italic; }
tr.negated td.text { text-decoration: line-through; text-decoration-color: var(--vscode-descriptionForeground); font-style: normal; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: .85em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); white-space: nowrap; }
.sev-error { background: var(--vscode-charts-red, #e51400); color: var(--vscode-editor-background); }
.sev-warning { background: var(--vscode-charts-yellow, #bf8803); color: var(--vscode-editor-background); }
.checks { list-style: none; padding: 0; margin: 0; }
.checks li { padding: 5px 0; border-bottom: 1px solid var(--vscode-panel-border, #8883); cursor: pointer; }
.checks li:hover { background: var(--vscode-list-hoverBackground); }
code { font-family: var(--vscode-editor-font-family); font-size: .92em; }
`;

// Plain ES2017 for the webview. No template literals (this file embeds it in one).
const SCRIPT = String.raw`
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var root = document.getElementById('root');
  var SVGNS = 'http://www.w3.org/2000/svg';
  var filterText = '';
  var showAll = true;
  var current = null;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else if (k.indexOf('on') === 0) e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function reveal(range) { if (range) vscode.postMessage({ type: 'reveal', range: range }); }
  function lineOf(range) { return range ? range.start.line + 1 : ''; }
  function activate(e, range) { if (e.type === 'click' || e.key === 'Enter' || e.key === ' ') { e.preventDefault(); reveal(range); } }
  function revealLink(text, range) {
    var a = el('a', { href: '#', text: text, title: 'Show in the note (line ' + lineOf(range) + ')' });
    a.addEventListener('click', function (e) { activate(e, range); });
    return a;
  }
  function weeks(days) { return Math.round(days / 7); }
  function clip(s, n) { s = String(s).replace(/\s+/g, ' ').trim(); return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }

  function render(msg) {
    current = msg;
    root.textContent = '';
    if (msg.type === 'empty') {
      root.appendChild(el('h1', { text: 'Note Summary' }));
      root.appendChild(el('p', { class: 'muted', text: msg.reason || 'Open a clinical note (.note, .rad) to see its summary.' }));
      return;
    }
    var d = msg.data;
    root.appendChild(el('h1', { text: msg.fileName || 'Note Summary' }));
    root.appendChild(el('p', { class: 'line', text: d.line || 'No summary for this note.' }));
    root.appendChild(el('p', { class: 'muted', text: [d.noteType && d.noteType.label, d.statusBar].filter(Boolean).join(' \u00b7 ') }));
    if (d.redFlags.length) {
      var b = el('div', { class: 'banner', role: 'alert' }, [el('strong', { text: 'Red flag' + (d.redFlags.length > 1 ? 's' : '') + ': ' })]);
      d.redFlags.forEach(function (r, i) {
        if (i) b.appendChild(document.createTextNode(' \u00b7 '));
        b.appendChild(revealLink((r.label || r.type) + ' \u2014 \u201c' + clip(r.text, 60) + '\u201d', r.range));
      });
      root.appendChild(b);
    }
    renderCriteria(d);
    renderCare(d);
    renderChecks(d);
    renderFindings(d);
    if (d.warnings.length) {
      root.appendChild(el('h2', { text: 'Warnings' }));
      root.appendChild(el('ul', {}, d.warnings.map(function (w) { return el('li', { class: 'muted', text: w }); })));
    }
  }

  function renderCriteria(d) {
    if (!d.criteria.length) {
      root.appendChild(el('h2', { text: 'Surgical criteria' }));
      root.appendChild(el('p', { class: 'muted', text: 'Not assessed: ' + (d.notAssessed || 'no criteria for this note') + '.' }));
      return;
    }
    root.appendChild(el('h2', { text: 'Surgical criteria (' + d.criteria.filter(function (c) { return c.state === 'met'; }).length + '/' + d.criteria.length + ' met)' }));
    var grid = el('div', { class: 'criteria' });
    d.criteria.forEach(function (c) {
      var cls = c.state === 'met' ? 'met' : c.state === 'not met' ? 'notmet' : 'undocumented';
      var icon = c.state === 'met' ? '\u2713' : c.state === 'not met' ? '\u2715' : '?';
      var card = el('section', { class: 'card ' + cls, 'aria-label': c.label + ': ' + c.state }, [
        el('div', { class: 'state' }, [el('span', { class: 'icon', 'aria-hidden': 'true', text: icon }), el('span', { text: c.state.charAt(0).toUpperCase() + c.state.slice(1) })]),
        el('div', { class: 'label', text: c.label }),
        c.detail ? el('div', { class: 'detail muted', text: c.detail }) : null,
      ]);
      if (c.evidence.length) {
        card.appendChild(el('ul', {}, c.evidence.map(function (ev) {
          return el('li', {}, [revealLink('Line ' + lineOf(ev.range) + ': \u201c' + clip(ev.text, 70) + '\u201d', ev.range)]);
        })));
      } else {
        card.appendChild(el('div', { class: 'detail muted', text: 'No evidence in the note.' }));
      }
      grid.appendChild(card);
    });
    root.appendChild(grid);
  }

  function renderCare(d) {
    var care = d.conservativeCare;
    root.appendChild(el('h2', { text: care.assessed ? 'Conservative care \u2014 ' + care.weeks + ' of ' + care.minimumWeeks + ' weeks' : 'Conservative care documented' }));
    var eps = care.episodes;
    var W = 640, labelW = 210, right = 56, rowH = 30, top = 28, axisH = 26;
    var plotW = W - labelW - right;
    var rows = eps.length + (care.assessed ? 1 : 0);
    var H = top + rows * rowH + axisH;
    var maxDays = Math.max(care.assessed ? care.minimumDays : 0, care.days, 7);
    eps.forEach(function (e) { if (e.days) maxDays = Math.max(maxDays, e.days); });
    maxDays = maxDays * 1.08;
    function x(days) { return labelW + (days / maxDays) * plotW; }
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Conservative care timeline: ' + (care.assessed ? care.weeks + ' of ' + care.minimumWeeks + ' weeks documented' : eps.length + ' episodes') });
    s.appendChild(svg('title', {}, 'Conservative care episodes and the minimum before surgery'));
    // Week ticks.
    var maxWeeks = maxDays / 7, steps = [1, 2, 4, 8, 13, 26, 52, 104], step = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) if (maxWeeks / steps[i] <= 8) { step = steps[i]; break; }
    var axisY = top + rows * rowH;
    s.appendChild(svg('line', { class: 'axis', x1: labelW, x2: labelW + plotW, y1: axisY, y2: axisY }));
    for (var w = 0; w <= maxWeeks; w += step) {
      var g = svg('g', { class: 'tick' });
      g.appendChild(svg('line', { x1: x(w * 7), x2: x(w * 7), y1: top - 4, y2: axisY + 4 }));
      g.appendChild(svg('text', { x: x(w * 7), y: axisY + 17, 'text-anchor': 'middle' }, w + ' wk'));
      s.appendChild(g);
    }
    function row(index, label, sub, days, cls, range, valueText, tooltip) {
      var y = top + index * rowH;
      var g = svg('g', range ? { class: 'bar-hit', tabindex: 0, role: 'button', 'aria-label': tooltip } : {});
      g.appendChild(svg('title', {}, tooltip));
      g.appendChild(svg('text', { x: labelW - 8, y: y + 13, 'text-anchor': 'end' }, clip(label, 30)));
      if (sub) g.appendChild(svg('text', { x: labelW - 8, y: y + 25, 'text-anchor': 'end', class: 'value' }, sub));
      if (days === null) {
        g.appendChild(svg('rect', { class: 'bar unknown', x: labelW, y: y + 5, width: Math.max(24, plotW * 0.05), height: rowH - 12 }));
        g.appendChild(svg('text', { class: 'value', x: labelW + Math.max(24, plotW * 0.05) + 6, y: y + 18 }, 'duration not stated'));
      } else {
        var wd = Math.max(3, x(days) - labelW);
        g.appendChild(svg('rect', { class: 'bar ' + cls, x: labelW, y: y + 5, width: wd, height: rowH - 12 }));
        g.appendChild(svg('text', { class: 'value', x: labelW + wd + 6, y: y + 18 }, valueText));
      }
      if (range) {
        g.addEventListener('click', function (e) { activate(e, range); });
        g.addEventListener('keydown', function (e) { activate(e, range); });
      }
      s.appendChild(g);
    }
    eps.forEach(function (e, i) {
      var status = e.status || 'not stated';
      var cls = status === 'completed' ? 'completed' : status === 'ongoing' ? 'ongoing' : status === 'planned' ? 'planned' : 'other';
      var value = e.days === null ? '' : (e.days % 7 === 0 || e.days >= 28 ? weeks(e.days) + ' wk' : e.days + ' d');
      row(i, e.modality, status, e.days, cls, e.range, value, e.modality + ', ' + status + (e.days !== null ? ', ' + e.days + ' days' : '') + ' \u2014 line ' + lineOf(e.range) + ': ' + clip(e.text, 80));
    });
    if (care.assessed) row(eps.length, 'Counted toward minimum', null, care.days, care.days >= care.minimumDays ? 'total' : 'short', null, care.weeks + ' wk', 'Conservative care counted: ' + care.weeks + ' of ' + care.minimumWeeks + ' weeks');
    if (care.assessed && care.minimumDays > 0) {
      var mx = x(care.minimumDays);
      s.appendChild(svg('line', { class: 'min-line', x1: mx, x2: mx, y1: top - 8, y2: axisY }));
      s.appendChild(svg('text', { class: 'min-label', x: mx, y: top - 12, 'text-anchor': 'middle' }, 'minimum ' + weeks(care.minimumDays) + ' wk'));
    }
    root.appendChild(s);
    if (!eps.length) root.appendChild(el('p', { class: 'muted', text: 'No conservative care documented in this note.' }));
    root.appendChild(el('div', { class: 'legend muted' }, [el('span', { class: 'l-completed', text: 'completed' }), el('span', { class: 'l-ongoing', text: 'ongoing' }), el('span', { class: 'l-planned', text: 'planned (not counted)' }), care.assessed ? el('span', { class: 'l-min', text: 'minimum before surgery' }) : null]));
  }

  function renderChecks(d) {
    root.appendChild(el('h2', { text: 'Guideline checks (' + d.diagnostics.length + ')' }));
    if (!d.diagnostics.length) { root.appendChild(el('p', { class: 'muted', text: 'No guideline check applies to this note.' })); return; }
    root.appendChild(el('ul', { class: 'checks' }, d.diagnostics.map(function (g) {
      var li = el('li', { tabindex: 0, role: 'button' }, [el('span', { class: 'badge sev-' + g.severity, text: g.severity }), ' ', g.message, ' ', el('code', { class: 'muted', text: g.code }), el('span', { class: 'muted', text: ' \u00b7 line ' + lineOf(g.range) })]);
      li.addEventListener('click', function (e) { activate(e, g.range); });
      li.addEventListener('keydown', function (e) { activate(e, g.range); });
      return li;
    })));
  }

  function renderFindings(d) {
    var heading = el('h2', { text: 'Findings (' + d.findings.length + ')' });
    root.appendChild(heading);
    var search = el('input', { type: 'search', placeholder: 'Filter findings', 'aria-label': 'Filter findings', value: filterText });
    var all = el('input', { type: 'checkbox', id: 'showAll' });
    all.checked = showAll;
    root.appendChild(el('div', { class: 'toolbar' }, [search, el('label', {}, [all, ' include negated, possible and hypothetical'])]));
    var tbody = el('tbody');
    var table = el('table', {}, [el('thead', {}, [el('tr', {}, ['Line', 'Kind', 'Text', 'Status', 'Section'].map(function (h) { return el('th', { scope: 'col', text: h }); }))]), tbody]);
    function fill() {
      tbody.textContent = '';
      var q = filterText.toLowerCase();
      d.findings.forEach(function (f) {
        if (!showAll && f.assertion !== 'present') return;
        if (q && (f.text + ' ' + f.kindLabel + ' ' + f.assertion + ' ' + (f.sectionLabel || f.section)).toLowerCase().indexOf(q) === -1) return;
        var tr = el('tr', { tabindex: 0, class: f.assertion === 'present' ? '' : f.assertion === 'absent' ? 'not-present negated' : 'not-present', title: 'Show in the note' }, [
          el('td', { text: String(lineOf(f.range)) }),
          el('td', { text: f.kindLabel }),
          el('td', { class: 'text', text: clip(f.text, 120) }),
          el('td', {}, [el('span', { class: 'badge', text: f.assertion === 'absent' ? 'negated' : f.assertion })]),
          el('td', { class: 'muted', text: f.sectionLabel || f.section }),
        ]);
        tr.addEventListener('click', function (e) { activate(e, f.range); });
        tr.addEventListener('keydown', function (e) { activate(e, f.range); });
        tbody.appendChild(tr);
      });
    }
    search.addEventListener('input', function () { filterText = search.value; fill(); });
    all.addEventListener('change', function () { showAll = all.checked; fill(); });
    fill();
    root.appendChild(table);
  }

  window.addEventListener('message', function (event) {
    var msg = event.data;
    if (msg && (msg.type === 'summary' || msg.type === 'empty')) render(msg);
  });
  vscode.postMessage({ type: 'ready' });
})();
`;
