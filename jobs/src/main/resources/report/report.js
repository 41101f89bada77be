'use strict';
(function () {
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  // Text columns arrive as indexes into each table's list of distinct strings.
  Object.keys(data.tables).forEach(function (name) {
    var t = data.tables[name];
    t.encoded.forEach(function (c) {
      t.rows.forEach(function (r) { if (r[c] !== null) { r[c] = t.strings[r[c]]; } });
    });
  });
  var ALL = '*';
  var ALL_REGIONS = data.allRegions;
  var state = { role: ALL, region: ALL_REGIONS };
  var MAX_ROWS = 300;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function frame(w, h) {
    return svgEl('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img' });
  }
  function clip(s, n) { s = String(s === null || s === undefined ? '' : s); return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function pct(v) { return (v === null || v === undefined) ? '' : (Math.round(v * 1000) / 10) + '%'; }
  function table(name) { return data.tables[name]; }
  function col(t, name) { return t.columns.indexOf(name); }
  function rowsOf(name, pred) {
    var t = table(name);
    return t.rows.filter(function (r) { return pred(function (c) { return r[col(t, c)]; }); });
  }
  function clear(fig) {
    Array.prototype.slice.call(fig.childNodes).forEach(function (n) { if (n.tagName !== 'FIGCAPTION') { fig.removeChild(n); } });
  }
  function empty(fig, msg) { fig.appendChild(el('p', { 'class': 'empty' }, msg || 'Nothing for this filter.')); }

  // Horizontal bars: items [{label, value, text, title, cls}], value >= 0.
  function hbar(fig, items, max) {
    clear(fig);
    if (!items.length) { empty(fig); return; }
    var W = 640, L = 230, R = 120, H = 20, top = 6;
    var m = max || Math.max.apply(null, items.map(function (i) { return i.value; })) || 1;
    var s = frame(W, top + items.length * H + 6);
    s.appendChild(svgEl('line', { x1: L, x2: L, y1: 0, y2: top + items.length * H, 'class': 'axis' }));
    items.forEach(function (it, i) {
      var y = top + i * H;
      var g = svgEl('g');
      g.appendChild(svgEl('title', null, it.title || (it.label + ': ' + it.text)));
      g.appendChild(svgEl('text', { x: L - 6, y: y + 13, 'text-anchor': 'end' }, clip(it.label, 38)));
      var w = Math.max(1, (W - L - R) * it.value / m);
      g.appendChild(svgEl('rect', { x: L, y: y + 3, width: w, height: H - 6, 'class': 'mark ' + it.cls }));
      g.appendChild(svgEl('text', { x: L + w + 4, y: y + 13 }, it.text));
      s.appendChild(g);
    });
    fig.appendChild(s);
  }

  // Diverging bars around zero: items [{label, value (signed), text, cls}].
  function diverging(fig, items) {
    clear(fig);
    if (!items.length) { empty(fig, 'No skill rose or fell for this role against the earlier weeks.'); return; }
    var W = 640, L = 230, H = 20, top = 6, mid = L + (W - L) / 2, half = (W - L) / 2 - 60;
    var m = Math.max.apply(null, items.map(function (i) { return Math.abs(i.value); })) || 1;
    var s = frame(W, top + items.length * H + 6);
    s.appendChild(svgEl('line', { x1: mid, x2: mid, y1: 0, y2: top + items.length * H, 'class': 'axis' }));
    items.forEach(function (it, i) {
      var y = top + i * H, w = Math.max(1, half * Math.abs(it.value) / m);
      var g = svgEl('g');
      g.appendChild(svgEl('title', null, it.title));
      g.appendChild(svgEl('text', { x: L - 6, y: y + 13, 'text-anchor': 'end' }, clip(it.label, 38)));
      g.appendChild(svgEl('rect', { x: it.value >= 0 ? mid : mid - w, y: y + 3, width: w, height: H - 6, 'class': 'mark ' + it.cls }));
      g.appendChild(svgEl('text', it.value >= 0 ? { x: mid + w + 4, y: y + 13 } : { x: mid - w - 4, y: y + 13, 'text-anchor': 'end' }, it.text));
      s.appendChild(g);
    });
    fig.appendChild(s);
  }

  function heatmap(fig, hm, roleFilter) {
    clear(fig);
    var rows = [];
    hm.roleUris.forEach(function (u, i) { if (roleFilter === ALL || roleFilter === u) { rows.push(i); } });
    if (!rows.length || !hm.skills.length) { empty(fig, 'No learner gaps for this role.'); return; }
    var L = 210, T = 150, C = 34, H = 24;
    var W = L + hm.skills.length * C + 10;
    var s = frame(W, T + rows.length * H + 6);
    hm.skills.forEach(function (sk, j) {
      var x = L + j * C + C / 2;
      var t = svgEl('text', { x: x, y: T - 6, transform: 'rotate(-50 ' + x + ' ' + (T - 6) + ')' }, clip(sk, 26));
      t.appendChild(svgEl('title', null, sk));
      s.appendChild(t);
    });
    rows.forEach(function (i, k) {
      var y = T + k * H;
      var rl = svgEl('text', { x: L - 6, y: y + 16, 'text-anchor': 'end' }, clip(hm.roles[i], 28) + ' (' + hm.learners[i] + ')');
      rl.appendChild(svgEl('title', null, hm.roles[i] + ': ' + hm.learners[i] + ' learner(s)'));
      s.appendChild(rl);
      hm.skills.forEach(function (sk, j) {
        var v = hm.values[i][j];
        var g = svgEl('g');
        g.appendChild(svgEl('title', null, hm.roles[i] + ' \u00d7 ' + sk + ': ' + pct(v) + ' of learners lack it'));
        var light = Math.round(97 - 60 * v);
        g.appendChild(svgEl('rect', { x: L + j * C + 1, y: y + 1, width: C - 2, height: H - 2,
          fill: 'hsl(12, 70%, ' + light + '%)', 'class': 'mark cell' }));
        if (v > 0) {
          g.appendChild(svgEl('text', { x: L + j * C + C / 2, y: y + 16, 'text-anchor': 'middle',
            fill: v > 0.55 ? '#fff' : '#1d2733' }, Math.round(v * 100)));
        }
        s.appendChild(g);
      });
    });
    fig.appendChild(s);
  }

  function roleOk(uri) { return state.role === ALL || uri === state.role; }

  function drawDemand() {
    ['hard', 'soft'].forEach(function (type) {
      var role = state.role, region = state.region;
      var rows = rowsOf('skill_demand', function (c) {
        return c('role_uri') === role && c('region') === region && c('skill_type') === type;
      }).slice(0, 12);
      hbar(document.getElementById('chart-demand-' + type), rows.map(function (r) {
        var t = table('skill_demand');
        return { label: r[col(t, 'skill')], value: r[col(t, 'share')], cls: 'bar-' + type,
          text: pct(r[col(t, 'share')]) + ' (' + r[col(t, 'postings')] + ')',
          title: r[col(t, 'skill')] + ': ' + r[col(t, 'postings')] + ' of ' + r[col(t, 'total_postings')] + ' postings' };
      }), 1);
    });
  }

  function drawTrends() {
    var t = table('skill_trends');
    var rows = rowsOf('skill_trends', function (c) { return c('role_uri') === state.role; });
    var up = rows.filter(function (r) { return r[col(t, 'status')] === 'rising'; }).slice(0, 8);
    var down = rows.filter(function (r) { return r[col(t, 'status')] === 'falling'; }).slice(0, 8);
    diverging(document.getElementById('chart-trends'), up.concat(down).map(function (r) {
      var ch = r[col(t, 'change')];
      return { label: r[col(t, 'skill')], value: ch, cls: ch >= 0 ? 'bar-up' : 'bar-down',
        text: (ch >= 0 ? '+' : '') + Math.round(ch * 1000) / 10 + ' pts',
        title: r[col(t, 'skill')] + ': ' + pct(r[col(t, 'previous_share')]) + ' \u2192 ' + pct(r[col(t, 'share')]) };
    }));
  }

  function drawCredentials() {
    var t = table('recommended_credentials');
    var rows = rowsOf('recommended_credentials', function (c) { return c('role_uri') === state.role; }).slice(0, 12);
    var fig = document.getElementById('chart-credentials');
    hbar(fig, rows.map(function (r) {
      return { label: r[col(t, 'credential')], value: r[col(t, 'recommended_to')], cls: 'bar-cred',
        text: r[col(t, 'recommended_to')] + ' \u00b7 closes ' + pct(r[col(t, 'mean_gap_closed')]),
        title: r[col(t, 'credential')] + ' (' + r[col(t, 'provider')] + '): recommended to ' + r[col(t, 'recommended_to')]
          + ' learner(s), closing ' + pct(r[col(t, 'mean_gap_closed')]) + ' of their gap on average' };
    }));
    var fig2 = document.getElementById('chart-credentials-closed');
    hbar(fig2, rows.map(function (r) {
      return { label: r[col(t, 'credential')], value: r[col(t, 'total_gap_closed')], cls: 'bar-closed',
        text: Math.round(r[col(t, 'total_gap_closed')] * 100) / 100 + ' gaps',
        title: r[col(t, 'credential')] + ': closes ' + Math.round(r[col(t, 'total_gap_closed')] * 100) / 100
          + ' learner gaps in all' };
    }));
  }

  function drawUnlinked() {
    var t = table('taxonomy_candidates');
    hbar(document.getElementById('chart-unlinked'), t.rows.slice(0, 15).map(function (r) {
      return { label: r[col(t, 'phrase')], value: r[col(t, 'occurrences')], cls: 'bar-phrase',
        text: r[col(t, 'occurrences')] + ' in ' + r[col(t, 'postings')] + ' postings',
        title: r[col(t, 'phrase')] + (r[col(t, 'nearest_label')] ? ' (nearest: ' + r[col(t, 'nearest_label')] + ')' : '') };
    }));
  }

  // Sortable, filterable tables.
  var sorts = {};
  function drawTable(box) {
    var name = box.getAttribute('data-table');
    var t = table(name);
    var ri = col(t, 'role_uri'), gi = col(t, 'region');
    var q = (box.querySelector('input') ? box.querySelector('input').value : '').toLowerCase();
    var rows = t.rows.filter(function (r) {
      if (ri >= 0 && !roleOk(r[ri])) { return false; }
      if (gi >= 0 && r[gi] !== state.region) { return false; }
      return !q || r.some(function (v) { return v !== null && String(v).toLowerCase().indexOf(q) >= 0; });
    });
    var sort = sorts[name];
    if (sort) {
      rows = rows.slice().sort(function (a, b) {
        var x = a[sort.col], y = b[sort.col], c;
        if (x === null || x === undefined) { c = (y === null || y === undefined) ? 0 : 1; }
        else if (y === null || y === undefined) { c = -1; }
        else if (typeof x === 'number' && typeof y === 'number') { c = x - y; }
        else { c = String(x).localeCompare(String(y)); }
        return sort.dir * c;
      });
    }
    var wrap = box.querySelector('.tablewrap');
    while (wrap.firstChild) { wrap.removeChild(wrap.firstChild); }
    var tab = el('table'), thead = el('thead'), tr = el('tr');
    var shown = [];
    t.columns.forEach(function (c, i) { if (!/_uri$/.test(c) && c !== 'credential_id' && c !== 'page') { shown.push(i); } });
    if (t.columns.indexOf('page') >= 0) { shown.push(t.columns.indexOf('page')); }
    shown.forEach(function (i) {
      var c = t.columns[i];
      var th = el('th', { scope: 'col' }, c);
      if (sort && sort.col === i) { th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending'); }
      th.addEventListener('click', function () {
        sorts[name] = { col: i, dir: sort && sort.col === i ? -sort.dir : 1 };
        drawTable(box);
      });
      tr.appendChild(th);
    });
    thead.appendChild(tr); tab.appendChild(thead);
    var tbody = el('tbody');
    rows.slice(0, MAX_ROWS).forEach(function (r) {
      var tr2 = el('tr');
      shown.forEach(function (i) {
        var v = r[i];
        var td = el('td', typeof v === 'number' ? { 'class': 'num' } : null);
        var uri = t.columns.indexOf(t.columns[i] + '_uri');
        if (uri < 0 && t.columns[i] === 'credential') { uri = t.columns.indexOf('credential_id'); }
        if (uri >= 0 && r[uri]) { td.setAttribute('title', r[uri]); }
        if (t.columns[i] === 'page' && v) {
          td.appendChild(el('a', { href: v }, 'course list'));
        } else {
          var text = v === null || v === undefined ? '' : (typeof v === 'number' ? String(Math.round(v * 10000) / 10000) : String(v));
          td.textContent = clip(text, 160);
          if (text.length > 160 && !td.hasAttribute('title')) { td.setAttribute('title', text); }
        }
        tr2.appendChild(td);
      });
      tbody.appendChild(tr2);
    });
    tab.appendChild(tbody);
    wrap.appendChild(tab);
    box.querySelector('.count').textContent = rows.length > MAX_ROWS
      ? 'showing ' + MAX_ROWS + ' of ' + rows.length + ' rows (filter to see the rest; the CSV has all)'
      : rows.length + ' row' + (rows.length === 1 ? '' : 's');
  }

  function setupTables() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-table]'), function (box) {
      var tools = el('div', { 'class': 'tabletools' });
      var input = el('input', { type: 'search', placeholder: 'filter rows\u2026', 'aria-label': 'filter rows' });
      input.addEventListener('input', function () { drawTable(box); });
      tools.appendChild(input);
      tools.appendChild(el('span', { 'class': 'count' }));
      var name = box.getAttribute('data-table');
      tools.appendChild(el('a', { href: 'csv/' + name + '.csv', download: name + '.csv' }, 'CSV'));
      box.appendChild(tools);
      box.appendChild(el('div', { 'class': 'tablewrap' }));
    });
  }

  function setupFilters() {
    var role = document.getElementById('f-role'), region = document.getElementById('f-region');
    data.roles.forEach(function (r) { role.appendChild(el('option', { value: r[0] }, r[1])); });
    data.regions.forEach(function (r) { region.appendChild(el('option', { value: r }, r)); });
    role.value = state.role; region.value = state.region;
    role.addEventListener('change', function () { state.role = role.value; draw(); });
    region.addEventListener('change', function () { state.region = region.value; draw(); });
  }

  function draw() {
    drawDemand();
    drawTrends();
    heatmap(document.getElementById('chart-heatmap'), data.heatmap, state.role);
    drawCredentials();
    drawUnlinked();
    Array.prototype.forEach.call(document.querySelectorAll('[data-table]'), drawTable);
  }

  setupFilters();
  setupTables();
  draw();
  document.documentElement.setAttribute('data-rendered', 'true');
})();
