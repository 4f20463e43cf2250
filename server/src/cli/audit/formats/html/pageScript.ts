/**
 * The report's one script (its hash is in the page's Content-Security-Policy). It reads the notes
 * from the JSON data element and builds the table and the detail view with textContent only:
 * nothing from a note is ever parsed as HTML, and no handler is built from data.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var SEV = ['hint', 'information', 'warning', 'error'];
  var STATUS_LABEL = { error: 'error', warning: 'warning', information: 'information', hint: 'hint', clean: 'no diagnostics', skipped: 'not reviewed' };
  var CRITERIA = [['failedConservativeCare', '(a) failed conservative care'], ['functionalImpairment', '(b) functional impairment'], ['imagingCorrelation', '(c) imaging correlation'], ['patientPreference', '(d) patient preference']];
  /** Rows drawn at a time: a long table is drawn in pages, 'Show more' adds the next. */
  var PAGE = 200;
  var collator = new Intl.Collator('en', { numeric: true });
  var rows = JSON.parse(document.getElementById('cnr-notes').textContent);
  var main = document.querySelector('main');
  main.insertBefore(document.getElementById('overview'), main.firstChild);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function weeks(days) { return Math.round(days / 7); }
  function careShown(r) { return r.e === undefined && r.t !== 'imaging'; }
  function criteriaMet(r) { return r.fp ? CRITERIA.filter(function (c) { return r.fp[c[0]] === true; }).length : -1; }
  /** "line 6: Right radicular symptoms", the message's own "(line 6)" not repeated. */
  function relatedText(x) {
    var own = ' (line ' + x[0] + ')';
    var m = x[1].slice(-own.length) === own ? x[1].slice(0, -own.length) : x[1];
    return 'line ' + x[0] + ': ' + m;
  }
  function criterionText(v) { return v === true ? 'met' : v === false ? 'not met' : 'not documented'; }

  rows.forEach(function (r, i) {
    r.i = i;
    if (r.e !== undefined) { r.rank = -1; r.status = 'skipped'; r.rules = []; r.hay = (r.n + ' ' + r.e).toLowerCase(); return; }
    r.rank = 0;
    r.d.forEach(function (d) { r.rank = Math.max(r.rank, SEV.indexOf(d.v) + 1); });
    r.status = r.rank === 0 ? 'clean' : SEV[r.rank - 1];
    r.rules = r.d.map(function (d) { return d.r; });
    r.hay = (r.n + ' ' + r.t + ' ' + r.s + ' ' + r.rules.join(' ')).toLowerCase();
  });

  var COLUMNS = [
    { key: 'note', label: 'Note', sort: function (r) { return r.n; }, cell: function (r) { return el('td', 'name', r.n); } },
    { key: 'type', label: 'Type', sort: function (r) { return r.t || ''; }, cell: function (r) { return el('td', 'type', r.t || ''); } },
    { key: 'status', label: 'Highest severity', sort: function (r) { return r.rank; }, cell: function (r) { var td = el('td'); td.appendChild(el('span', 'chip ' + r.status, STATUS_LABEL[r.status])); return td; } },
    { key: 'diagnostics', label: 'Diagnostics', num: true, sort: function (r) { return r.d ? r.d.length : -1; }, cell: function (r) { return el('td', 'num', r.d ? r.d.length : ''); } },
    { key: 'care', label: 'Conservative care', num: true, sort: function (r) { return careShown(r) ? r.cd : -1; }, cell: function (r) { return el('td', 'num', careShown(r) ? weeks(r.cd) + ' / ' + weeks(r.cm) + ' wk' : ''); } },
    { key: 'criteria', label: 'Fusion criteria', num: true, sort: criteriaMet, cell: function (r) { return el('td', 'num', r.fp ? criteriaMet(r) + ' / 4' : ''); } },
    { key: 'summary', label: 'Summary', sort: function (r) { return r.e !== undefined ? r.e : r.s; }, cell: function (r) { return el('td', 'summary', r.e !== undefined ? 'Not reviewed: ' + r.e : r.s); } }
  ];

  var state = { sort: 'note', dir: 1, text: '', rule: '', status: '', selected: -1, limit: PAGE };
  var table = document.getElementById('notes-table');
  var tbody = table.querySelector('tbody');
  var headRow = table.querySelector('thead tr');
  var textInput = document.getElementById('filter-text');
  var ruleSelect = document.getElementById('filter-rule');
  var statusSelect = document.getElementById('filter-status');
  var moreButton = document.getElementById('more-button');

  COLUMNS.forEach(function (c) {
    var th = el('th', c.num ? 'num' : '');
    th.dataset.key = c.key;
    th.setAttribute('aria-sort', 'none');
    var b = el('button', '', c.label);
    b.type = 'button';
    b.addEventListener('click', function () {
      state.dir = state.sort === c.key ? -state.dir : 1;
      state.sort = c.key;
      state.limit = PAGE;
      render();
    });
    th.appendChild(b);
    headRow.appendChild(th);
  });

  var ruleIds = {};
  rows.forEach(function (r) { r.rules.forEach(function (id) { ruleIds[id] = (ruleIds[id] || 0) + 1; }); });
  Object.keys(ruleIds).sort().forEach(function (id) {
    var o = el('option', '', id);
    o.value = id;
    ruleSelect.appendChild(o);
  });
  ['error', 'warning', 'information', 'hint', 'clean', 'redFlag', 'fusion', 'skipped'].forEach(function (s) {
    var o = el('option', '', s === 'redFlag' ? 'red flag documented' : s === 'fusion' ? 'fusion planned' : STATUS_LABEL[s]);
    o.value = s;
    statusSelect.appendChild(o);
  });

  function matches(r) {
    if (state.text && r.hay.indexOf(state.text) < 0) return false;
    if (state.rule && r.rules.indexOf(state.rule) < 0) return false;
    if (state.status === 'redFlag') return !!(r.rf && r.rf.length);
    if (state.status === 'fusion') return !!r.fp;
    return !state.status || r.status === state.status;
  }

  function compare(a, b) {
    var col = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    var x = col.sort(a), y = col.sort(b);
    var c = typeof x === 'number' ? x - y : collator.compare(String(x), String(y));
    return (c || a.i - b.i) * (c ? state.dir : 1);
  }

  function render() {
    Array.prototype.forEach.call(headRow.children, function (th) {
      th.setAttribute('aria-sort', th.dataset.key === state.sort ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    var shown = rows.filter(matches).sort(compare);
    var frag = document.createDocumentFragment();
    shown.slice(0, state.limit).forEach(function (r) {
      var tr = el('tr');
      tr.dataset.index = String(r.i);
      tr.tabIndex = 0;
      tr.setAttribute('aria-selected', String(r.i === state.selected));
      COLUMNS.forEach(function (c) { tr.appendChild(c.cell(r)); });
      frag.appendChild(tr);
    });
    tbody.textContent = '';
    tbody.appendChild(frag);
    document.getElementById('shown').textContent = shown.length + ' of ' + rows.length + ' notes';
    var hidden = shown.length - Math.min(shown.length, state.limit);
    document.getElementById('more-text').textContent = hidden > 0 ? 'Showing the first ' + state.limit + ' of ' + shown.length + '.' : '';
    moreButton.hidden = hidden <= 0;
    moreButton.textContent = 'Show ' + Math.min(PAGE, hidden) + ' more';
  }

  function fact(dl, term, value) {
    dl.appendChild(el('dt', '', term));
    dl.appendChild(el('dd', '', value));
  }

  function showDetail(i) {
    var r = rows[i];
    state.selected = i;
    var box = document.getElementById('detail');
    box.textContent = '';
    box.appendChild(el('h2', '', r.n));
    if (r.e !== undefined) {
      box.appendChild(el('p', '', 'Not reviewed: ' + r.e));
    } else {
      box.appendChild(el('p', 'summary-line', r.s));
      var dl = el('dl', 'facts');
      fact(dl, 'Note type', r.t);
      fact(dl, 'Conservative care', weeks(r.cd) + ' of ' + weeks(r.cm) + ' weeks documented');
      fact(dl, 'Red flags', r.rf.length ? r.rf.join(', ') : 'none documented');
      if (r.fp) fact(dl, 'Fusion criteria', CRITERIA.map(function (c) { return c[1] + ': ' + criterionText(r.fp[c[0]]); }).join('; '));
      r.w.forEach(function (w) { fact(dl, 'Warning', w); });
      box.appendChild(dl);
      var cols = el('div', 'columns');
      var left = el('div', 'diagnostics');
      var right = el('div', 'evidence-lines');
      cols.appendChild(left);
      cols.appendChild(right);
      box.appendChild(cols);
      left.appendChild(el('h3', '', 'Diagnostics (' + r.d.length + ')'));
      if (!r.d.length) left.appendChild(el('p', 'empty', 'No diagnostics.'));
      r.d.forEach(function (d) {
        var card = el('div', 'diag ' + d.v);
        var head = el('div');
        head.appendChild(el('span', 'chip ' + d.v, d.v));
        head.appendChild(el('span', 'rule', d.r));
        card.appendChild(head);
        card.appendChild(el('p', 'message', d.m));
        card.appendChild(el('p', 'cites', 'Guideline references: ' + d.c.join(', ')));
        if (d.x.length) {
          var ul = el('ul', 'related');
          d.x.forEach(function (x) { ul.appendChild(el('li', '', relatedText(x))); });
          card.appendChild(ul);
        }
        left.appendChild(card);
      });
      right.appendChild(el('h3', '', 'Evidence lines (' + r.f.length + ')'));
      var t = el('table', 'evidence');
      var hr = el('tr');
      ['Line', 'Kind', 'Assertion', 'Text'].forEach(function (h) { hr.appendChild(el('th', '', h)); });
      var thead = el('thead');
      thead.appendChild(hr);
      t.appendChild(thead);
      var body = el('tbody');
      r.f.forEach(function (f) {
        var tr = el('tr', f[2] === 'present' ? '' : 'not-present');
        tr.appendChild(el('td', 'line', f[0]));
        tr.appendChild(el('td', 'kind', f[1]));
        tr.appendChild(el('td', 'assertion', f[2]));
        tr.appendChild(el('td', 'text', f[3]));
        body.appendChild(tr);
      });
      t.appendChild(body);
      right.appendChild(t);
    }
    var back = el('button', 'back', 'Back to the table');
    back.type = 'button';
    back.addEventListener('click', function () { table.scrollIntoView(); });
    box.appendChild(back);
    box.hidden = false;
    render();
    box.scrollIntoView();
  }

  function rowIndex(e) {
    var tr = e.target.closest('tr');
    return tr && tr.dataset.index !== undefined ? Number(tr.dataset.index) : -1;
  }
  tbody.addEventListener('click', function (e) { var i = rowIndex(e); if (i >= 0) showDetail(i); });
  tbody.addEventListener('keydown', function (e) { if (e.key === 'Enter') { var i = rowIndex(e); if (i >= 0) showDetail(i); } });
  function refilter() {
    state.text = textInput.value.trim().toLowerCase();
    state.rule = ruleSelect.value;
    state.status = statusSelect.value;
    state.limit = PAGE;
    render();
  }
  textInput.addEventListener('input', refilter);
  ruleSelect.addEventListener('change', refilter);
  statusSelect.addEventListener('change', refilter);
  moreButton.addEventListener('click', function () { state.limit += PAGE; render(); });
  render();
})();
`;
