/*
 * Dyad dashboard. Plain ES2020, no build step; uPlot and Leaflet come from WebJars (globals uPlot, L).
 *
 * SECURITY: every string from the API (article text, sentences, titles, actor names, ids...) is
 * untrusted news data. It is only ever put into the page as text: el() turns string children into
 * text nodes, attributes are set with setAttribute (never event handlers, never innerHTML), and
 * href values go through safeHref(), which allows only "#..." routes built here and absolute
 * http(s) URLs. Do not add innerHTML / insertAdjacentHTML / outerHTML anywhere in this file.
 *
 * Test hooks: data-testid attributes on key elements and
 * document.body.dataset.ready = "true" once the current page has loaded and rendered (also
 * <main data-loaded="true" data-page="...">). Ready goes back to "false" while a page or a part of
 * it (e.g. the dyad event table after paging) reloads.
 */
(() => {
  'use strict';

  // ---------------------------------------------------------------- constants

  const QUADS = {
    1: { name: 'Verbal cooperation', short: 'VC', color: '#3b82c4' },
    2: { name: 'Material cooperation', short: 'MC', color: '#23946b' },
    3: { name: 'Verbal conflict', short: 'VX', color: '#e07b2a' },
    4: { name: 'Material conflict', short: 'MX', color: '#c8373b' },
  };
  const SORTS = [
    ['newest', 'Newest first'],
    ['oldest', 'Oldest first'],
    ['most-hostile', 'Most hostile'],
    ['most-cooperative', 'Most cooperative'],
    ['most-reported', 'Most reported'],
  ];
  const PAGE_SIZE = 25;

  /** CAMEO code → name, from /api/codes; loaded once before the first page renders. */
  const codeNames = new Map();
  let codesLoaded = null;
  function loadCodes() {
    if (!codesLoaded) {
      codesLoaded = fetch('/api/codes', { headers: { Accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : []))
        .then((codes) => { for (const c of codes) codeNames.set(String(c.code), String(c.name)); })
        .catch(() => { /* names are a nicety: codes still show */ });
    }
    return codesLoaded;
  }
  const codeName = (code) => codeNames.get(String(code)) || '';
  const COLOR_CONFLICT = '#c8373b';
  const COLOR_COOP = '#2f74b5';
  const COLOR_GOLDSTEIN = '#3d4852';

  // ---------------------------------------------------------------- DOM helpers (text only)

  /** Accepts only in-app routes ("#/...") and absolute http(s) URLs; anything else → null. */
  function safeHref(value) {
    if (typeof value !== 'string') return null;
    const v = value.trim();
    if (v.startsWith('#')) return v;
    if (!/^https?:\/\//i.test(v)) return null;
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * el(tag, attrs, ...children). attrs: plain attributes (values stringified, set with
   * setAttribute), "class", "href" (validated by safeHref; dropped if invalid), "on" + Event
   * (function → addEventListener), "dataset" (object). Children: strings/numbers become text
   * nodes, Nodes are appended, null/undefined/false are skipped, arrays are flattened.
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k.startsWith('on') && typeof v === 'function') {
          node.addEventListener(k.slice(2).toLowerCase(), v);
        } else if (k.startsWith('on')) {
          continue; // never set inline event handler attributes
        } else if (k === 'class') {
          node.className = String(v);
        } else if (k === 'dataset') {
          for (const [dk, dv] of Object.entries(v)) node.dataset[dk] = String(dv);
        } else if (k === 'href' || k === 'src' || k === 'action' || k === 'formaction') {
          const h = safeHref(String(v));
          if (h !== null && k === 'href') node.setAttribute('href', h);
        } else if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'hidden') {
          node[k] = Boolean(v);
        } else if (k === 'value') {
          node.value = String(v);
        } else {
          node.setAttribute(k, String(v));
        }
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(node, c);
      else if (c instanceof Node) node.appendChild(c);
      else node.appendChild(document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** Link to an article id when it is an http(s) URL, otherwise plain text. */
  function maybeLink(url, text, attrs) {
    const h = safeHref(url);
    if (h && !h.startsWith('#')) {
      return el('a', Object.assign({ href: h, target: '_blank', rel: 'noopener noreferrer' }, attrs || {}),
        text === undefined ? url : text);
    }
    return el('span', attrs || null, text === undefined ? (url == null ? '' : url) : text);
  }

  // ---------------------------------------------------------------- formatting

  const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
  const fmtNum = (v) => (isNum(v) ? v.toLocaleString('en-US') : '—');
  const fmtG = (v, digits = 1) => (isNum(v) ? (v > 0 ? '+' : '') + v.toFixed(digits) : '—');
  const gClass = (v) => (!isNum(v) || v === 0 ? 'gs zero' : v < 0 ? 'gs neg' : 'gs pos');
  const str = (v) => (v === null || v === undefined ? '' : String(v));
  const orDash = (v) => (v === null || v === undefined || v === '' ? '—' : String(v));

  function goldstein(v, digits) {
    return el('span', { class: gClass(v), 'data-testid': 'goldstein' }, fmtG(v, digits));
  }

  function goldsteinBar(v) {
    const bar = el('span', { class: 'gbar', title: 'mean Goldstein ' + fmtG(v, 2), 'aria-hidden': 'true' });
    if (isNum(v) && v !== 0) {
      const fill = el('span', { class: 'fill ' + (v < 0 ? 'neg' : 'pos') });
      fill.style.width = Math.min(50, (Math.abs(v) / 10) * 50).toFixed(1) + '%';
      bar.appendChild(fill);
    }
    return bar;
  }

  function quadBadge(q) {
    const info = QUADS[q];
    if (!info) return el('span', { class: 'muted' }, '—');
    return el('span', { class: 'badge q' + q, title: info.name, 'data-quad': q }, info.short);
  }

  function quadCounts(d) {
    const vals = [d.verbalCooperation, d.materialCooperation, d.verbalConflict, d.materialConflict];
    return el('span', { class: 'quads' }, vals.map((v, i) =>
      el('span', { class: 'qc q' + (i + 1) + (v ? '' : ' zero'), title: QUADS[i + 1].name }, fmtNum(v || 0))));
  }

  function actorCell(actor) {
    if (!actor) return el('span', { class: 'muted' }, '—');
    const title = [actor.name, actor.text].filter(Boolean).join(' — ');
    return el('span', { title: title || null },
      el('span', { class: 'actor' }, orDash(actor.code)),
      actor.text ? el('span', { class: 'actor-text' }, actor.text) : null);
  }

  // ---------------------------------------------------------------- routing / readiness

  const mainEl = document.getElementById('main');
  const errorSlot = document.getElementById('error-slot');
  let navSeq = 0;          // incremented on every navigation; stale async results are dropped
  let cleanup = [];        // functions to run when leaving the current page (chart, map...)
  let pending = 0;         // outstanding loads of the current page

  function setReady(ready) {
    document.body.dataset.ready = ready ? 'true' : 'false';
    mainEl.dataset.loaded = ready ? 'true' : 'false';
  }

  /** Tracks a load belonging to the current page; ready flips to "true" when all are done. */
  async function track(seq, promiseFn) {
    pending++;
    setReady(false);
    try {
      return await promiseFn();
    } finally {
      if (seq === navSeq) {
        pending = Math.max(0, pending - 1);
        if (pending === 0) setReady(true);
      }
    }
  }

  function showError(message) {
    let box = errorSlot.querySelector('[data-testid="error"]');
    if (!box) {
      box = el('div', { class: 'error', role: 'alert', 'data-testid': 'error' });
      errorSlot.appendChild(box);
    }
    box.appendChild(el('div', null, message));
  }

  function clearErrors() { clear(errorSlot); }

  class ApiError extends Error {
    constructor(message, status, parameter) {
      super(message);
      this.status = status;
      this.parameter = parameter;
    }
  }

  function apiUrl(path, params) {
    const qs = new URLSearchParams();
    if (params) {
      for (const [k, v] of Object.entries(params)) {
        if (v === null || v === undefined || v === '' || v === false) continue;
        qs.set(k, String(v));
      }
    }
    const s = qs.toString();
    return path + (s ? '?' + s : '');
  }

  async function api(path, params) {
    const url = apiUrl(path, params);
    let res;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError('Network error: could not reach the server (' + url + ')', 0, null);
    }
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    if (!res.ok) {
      const msg = body && typeof body.error === 'string' ? body.error : (res.statusText || 'request failed');
      const param = body && typeof body.parameter === 'string' ? body.parameter : null;
      throw new ApiError('Error ' + res.status + ': ' + msg + (param ? ' (parameter: ' + param + ')' : ''),
        res.status, param);
    }
    if (body === null) throw new ApiError('Invalid JSON from ' + url, res.status, null);
    return body;
  }

  /** Runs loader for the current page; errors go to the error box. Returns undefined on error. */
  async function load(seq, loader, where) {
    try {
      return await track(seq, loader);
    } catch (e) {
      if (seq === navSeq) {
        showError((where ? where + ': ' : '') + (e && e.message ? e.message : String(e)));
        if (typeof console !== 'undefined') console.error(e);
      }
      return undefined;
    }
  }

  function parseHash() {
    let h = location.hash || '#/';
    if (h.startsWith('#')) h = h.slice(1);
    if (!h.startsWith('/')) h = '/' + h;
    const qi = h.indexOf('?');
    const path = qi >= 0 ? h.slice(0, qi) : h;
    const query = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : '');
    const parts = path.split('/').filter((p) => p !== '').map((p) => {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    return { parts, query };
  }

  function dyadHref(src, tgt, query) {
    const base = '#/dyad/' + encodeURIComponent(src) + '/' + encodeURIComponent(tgt);
    const qs = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString() : '';
    return base + (qs ? '?' + qs : '');
  }
  const eventHref = (id) => '#/event/' + encodeURIComponent(id);
  const articleHref = (hash) => '#/article/' + encodeURIComponent(hash);

  /** Updates the hash without triggering a re-render (used for in-page state like paging). */
  function replaceHash(hash) {
    if (location.hash === hash) return;
    history.replaceState(null, '', hash);
  }

  function route() {
    navSeq++;
    pending = 0;
    for (const fn of cleanup) { try { fn(); } catch (e) { /* ignore */ } }
    cleanup = [];
    clearErrors();
    clear(mainEl);
    setReady(false);
    const { parts, query } = parseHash();
    const seq = navSeq;
    let page = 'overview';
    let render = renderOverview;
    let args = [];
    if (parts.length === 0) {
      page = 'overview';
    } else if (parts[0] === 'dyad' && parts.length >= 3) {
      page = 'dyad'; render = renderDyad; args = [parts[1], parts[2], query];
    } else if (parts[0] === 'event' && parts.length >= 2) {
      page = 'event'; render = renderEvent; args = [parts.slice(1).join('/')];
    } else if (parts[0] === 'events') {
      page = 'events'; render = renderEvents; args = [query];
    } else if (parts[0] === 'map') {
      page = 'map'; render = renderMap; args = [query];
    } else if (parts[0] === 'articles') {
      page = 'articles'; render = renderArticles; args = [query];
    } else if (parts[0] === 'article' && parts.length >= 2) {
      page = 'article'; render = renderArticle; args = [parts.slice(1).join('/')];
    } else {
      page = 'notfound'; render = renderNotFound; args = [parts];
    }
    mainEl.dataset.page = page;
    for (const a of document.querySelectorAll('.nav a[data-route]')) {
      a.classList.toggle('active', a.dataset.route === page);
    }
    // The render function registers its loads with track(); if it has none, ready immediately.
    loadCodes()
      .then(() => render(seq, ...args))
      .catch((e) => { if (seq === navSeq) showError(e && e.message ? e.message : String(e)); })
      .finally(() => { if (seq === navSeq && pending === 0) setReady(true); });
  }

  // ---------------------------------------------------------------- sentence highlighting

  /**
   * Returns a node with the sentence text where the source actor, target actor and trigger spans
   * are wrapped in <span class="hl-source|hl-target|hl-trigger">. Spans are article offsets;
   * sentenceStart is subtracted. A span inside another (e.g. the trigger inside the actor) is
   * nested in it; spans that cross are cut at the outer span's end, so the remainder becomes a
   * second span of the same class. Missing spans, sentenceStart < 0 or out-of-range spans → plain
   * text for that part.
   */
  function highlightedSentence(ev, attrs) {
    const text = str(ev && ev.sentenceText);
    const node = el('blockquote', Object.assign({ class: 'sentence' }, attrs || {}));
    const base = ev && isNum(ev.sentenceStart) ? ev.sentenceStart : -1;
    const spans = [];
    if (text && base >= 0) {
      for (const [key, cls] of [['sourceSpan', 'hl-source'], ['targetSpan', 'hl-target'], ['triggerSpan', 'hl-trigger']]) {
        const sp = ev[key];
        if (!sp || !isNum(sp.start) || !isNum(sp.end)) continue;
        const s = Math.max(0, Math.min(text.length, sp.start - base));
        const e = Math.max(0, Math.min(text.length, sp.end - base));
        if (e > s) spans.push({ s, e, cls });
      }
    }
    if (spans.length === 0) {
      node.appendChild(document.createTextNode(text));
      return node;
    }
    appendHighlighted(node, text, 0, text.length, spans);
    return node;
  }

  const HL_TITLES = { 'hl-source': 'source actor', 'hl-target': 'target actor', 'hl-trigger': 'trigger' };

  /** Appends text[a, b) to parent, wrapping spans (all within [a, b)) as nested <span>s. */
  function appendHighlighted(parent, text, a, b, spans) {
    let rest = spans.slice();
    let pos = a;
    while (rest.length > 0) {
      rest.sort((x, y) => x.s - y.s || y.e - x.e);
      const top = rest.shift();
      if (top.s > pos) parent.appendChild(document.createTextNode(text.slice(pos, top.s)));
      const inner = [];
      const later = [];
      for (const sp of rest) {
        if (sp.s >= top.e) later.push(sp);
        else if (sp.e <= top.e) inner.push(sp);
        else { inner.push({ s: sp.s, e: top.e, cls: sp.cls }); later.push({ s: top.e, e: sp.e, cls: sp.cls }); }
      }
      const span = el('span', { class: top.cls, title: HL_TITLES[top.cls] || null });
      appendHighlighted(span, text, top.s, top.e, inner.filter((sp) => sp.e > sp.s));
      parent.appendChild(span);
      pos = top.e;
      rest = later.filter((sp) => sp.e > sp.s);
    }
    if (b > pos) parent.appendChild(document.createTextNode(text.slice(pos, b)));
  }

  function highlightLegend() {
    return el('div', { class: 'hl-legend' },
      el('span', { class: 'lg-source' }, 'source actor'),
      el('span', { class: 'lg-target' }, 'target actor'),
      el('span', { class: 'lg-trigger' }, 'trigger'));
  }

  // ---------------------------------------------------------------- event table

  /**
   * Builds an event table. opts.expandable adds a toggle per row that shows the highlighted
   * sentence inline.
   */
  /** A select of the event sorts, the given one selected. */
  function sortSelect(selected, attrs) {
    return el('select', Object.assign({ 'data-testid': 'sort-select', 'aria-label': 'sort' }, attrs || {}),
      SORTS.map(([k, label]) => el('option', { value: k, selected: k === selected }, label)));
  }

  /** A select of the quad classes ('' = all), the given one selected. */
  function quadSelect(selected, attrs) {
    return el('select', Object.assign({ 'aria-label': 'quad class' }, attrs),
      el('option', { value: '' }, 'all quad classes'),
      [1, 2, 3, 4].map((q) => el('option', { value: String(q), selected: String(q) === selected }, q + ' · ' + QUADS[q].name)));
  }

  /** Prev / "page N of M…" / Next, for pages whose page number lives in the hash; go(n) opens page n. */
  function pager(page, pages, go, info) {
    return el('div', { class: 'pager' },
      el('button', { type: 'button', 'data-testid': 'page-prev', disabled: page <= 1, onClick: () => go(page - 1) }, '← Prev'),
      el('span', { class: 'muted', 'data-testid': 'page-info' }, 'page ' + page + ' of ' + pages + (info || '')),
      el('button', { type: 'button', 'data-testid': 'page-next', disabled: page >= pages, onClick: () => go(page + 1) }, 'Next →'));
  }

  function eventTable(items, opts = {}) {
    const expandable = opts.expandable !== false;
    const head = el('tr', null,
      expandable ? el('th', { 'aria-label': 'expand' }) : null,
      el('th', null, 'Date'),
      el('th', null, 'Source'),
      el('th', null, 'Event'),
      el('th', null, 'Target'),
      el('th', { class: 'num' }, 'Goldstein'),
      el('th', { class: 'num', title: 'people killed: the largest figure any report of the event gives' }, 'Killed'),
      el('th', null, 'Trigger'),
      el('th', null, 'Article'),
      el('th', { class: 'num', title: 'number of reports (articles) of this event' }, 'Reports'));
    const body = el('tbody');
    const cols = expandable ? 10 : 9;
    for (const ev of items) {
      const row = el('tr', { 'data-testid': 'event-row', 'data-event-id': str(ev.id) });
      let detail = null;
      const toggle = expandable ? el('button', {
        class: 'expand', type: 'button', title: 'show sentence', 'aria-expanded': 'false',
        'data-testid': 'event-expand',
        onClick: (e) => {
          e.stopPropagation();
          if (detail) {
            detail.remove(); detail = null;
            toggle.textContent = '▸'; toggle.setAttribute('aria-expanded', 'false');
          } else {
            detail = el('tr', { class: 'detail-row', 'data-testid': 'event-detail-row' },
              el('td', { colspan: cols },
                highlightedSentence(ev, { 'data-testid': 'sentence' }),
                highlightLegend(),
                el('div', { class: 'detail-meta' },
                  'Rule ', el('code', null, orDash(ev.rule)),
                  ' · entry ', el('code', null, orDash(ev.entry)),
                  ev.attribution ? [' · according to ', el('span', null, ev.attribution)] : null,
                  ev.hedged ? ' · hedged' : null,
                  ev.location ? [' · location ', el('span', null, orDash(ev.location.name || ev.location.written))] : null,
                  ' · ', el('a', { href: eventHref(ev.id) }, 'event details →'))));
            row.after(detail);
            toggle.textContent = '▾'; toggle.setAttribute('aria-expanded', 'true');
          }
        },
      }, '▸') : null;
      append(row, [
        expandable ? el('td', null, toggle) : null,
        el('td', { class: 'nowrap' }, el('a', { href: eventHref(ev.id), 'data-testid': 'event-link' }, ev.date || '(no date)'),
          ev.eventDate && ev.eventDate !== ev.date
            ? el('div', { class: 'sub', title: 'date of the act (' + str(ev.timePrecision) + ')' }, 'act ' + ev.eventDate) : null),
        el('td', null, actorCell(ev.source)),
        el('td', { class: 'nowrap' },
          quadBadge(ev.quadClass), ' ',
          el('code', { title: 'CAMEO ' + str(ev.code) + ' ' + codeName(ev.code) }, orDash(ev.code)), ' ',
          el('span', { class: 'plover' }, str(ev.ploverType) + (ev.ploverMode ? ' / ' + ev.ploverMode : '')),
          ev.modality && ev.modality !== 'asserted' ? [' ', el('span', { class: 'tag', 'data-testid': 'modality-tag' }, ev.modality)] : null,
          codeName(ev.code) ? el('div', { class: 'cname', 'data-testid': 'code-name' }, codeName(ev.code)) : null,
          // an imported event without a CAMEO code (ACLED) shows by its own type, and every imported one names its source data set
          !ev.code && ev.eventType ? el('div', { class: 'cname', 'data-testid': 'own-type' }, ev.eventType + (ev.subEventType ? ' / ' + ev.subEventType : '')) : null,
          ev.provenance && ev.provenance !== 'dyad' ? el('span', { class: 'tag', 'data-testid': 'provenance-tag' }, ev.provenance) : null),
        el('td', null, actorCell(ev.target)),
        el('td', { class: 'num' }, goldstein(ev.goldstein)),
        el('td', { class: 'num', 'data-testid': 'event-fatalities' }, ev.toll && isNum(ev.toll.fatalities) ? fmtNum(ev.toll.fatalities) : '—'),
        el('td', null, orDash(ev.trigger)),
        el('td', { class: 'title' },
          el('span', { class: 't', title: str(ev.title) }, maybeLink(ev.docId, ev.title || ev.docId || '(untitled)')),
          el('span', { class: 'muted' }, orDash(ev.outlet))),
        el('td', { class: 'num' }, fmtNum(ev.reports)),
      ]);
      if (expandable) {
        row.addEventListener('click', (e) => {
          if (e.target.closest('a, button, input, select')) return;
          if (window.getSelection && String(window.getSelection()).length > 0) return;
          toggle.click();
        });
      }
      body.appendChild(row);
    }
    const table = el('table', { 'data-testid': opts.testid || 'event-table', class: 'events' }, el('thead', null, head), body);
    if (items.length === 0) {
      body.appendChild(el('tr', null, el('td', { colspan: cols, class: 'empty' }, opts.emptyText || 'No events.')));
    }
    return el('div', { class: 'table-wrap' }, table);
  }

  // ---------------------------------------------------------------- overview

  async function renderOverview(seq) {
    const root = el('section', { 'data-testid': 'overview' });
    const statsBox = el('div', { class: 'stats', 'data-testid': 'stats' });
    const dyadPanel = el('div', { class: 'panel' }, el('h2', null, 'Most active dyads'));
    const alertPanel = el('div', { class: 'panel' },
      el('h2', null, 'Latest alerts ', el('span', { class: 'sub' }, 'escalation / de-escalation vs baseline')));
    const eventsPanel = el('div', { class: 'panel' }, el('h2', null, 'Latest events'));
    append(root, [
      el('h1', null, 'Overview'),
      statsBox,
      el('div', { class: 'grid2' }, dyadPanel, alertPanel),
      eventsPanel,
    ]);
    mainEl.appendChild(root);

    const p1 = load(seq, async () => {
      const s = await api('/api/stats');
      if (seq !== navSeq) return;
      const named = [['articles', 'Articles'], ['nearDuplicates', 'Near-duplicates'], ['events', 'Events'], ['reports', 'Reports']];
      for (const [key, label] of named) {
        if (!isNum(s[key])) continue;
        statsBox.appendChild(el('div', { class: 'stat', 'data-testid': 'stat-' + key },
          el('div', { class: 'num' }, fmtNum(s[key])), el('div', { class: 'lbl' }, label)));
      }
      for (const [key, v] of Object.entries(s)) {
        if (named.some(([k]) => k === key) || !isNum(v)) continue;
        statsBox.appendChild(el('div', { class: 'stat', 'data-testid': 'stat-' + key.replace(/[^A-Za-z0-9_-]/g, '') },
          el('div', { class: 'num' }, fmtNum(v)), el('div', { class: 'lbl' }, key)));
      }
    }, 'Store counts');

    const p2 = load(seq, async () => {
      const dyads = await api('/api/dyads', { top: 20 });
      if (seq !== navSeq) return;
      const body = el('tbody');
      for (const d of dyads) {
        body.appendChild(el('tr', { 'data-testid': 'dyad-row' },
          el('td', null, el('a', { href: dyadHref(d.source, d.target), 'data-testid': 'dyad-link' },
            el('span', { class: 'actor' }, str(d.source)), ' → ', el('span', { class: 'actor' }, str(d.target)))),
          el('td', { class: 'num' }, fmtNum(d.events)),
          el('td', { class: 'num nowrap' }, goldstein(d.meanGoldstein, 2), goldsteinBar(d.meanGoldstein)),
          el('td', { class: 'num' }, goldstein(d.totalGoldstein)),
          el('td', null, quadCounts(d)),
          el('td', { class: 'num', 'data-testid': 'dyad-fatalities' }, fmtNum(d.fatalities || 0))));
      }
      if (dyads.length === 0) body.appendChild(el('tr', null, el('td', { colspan: 6, class: 'empty' }, 'No dyads yet.')));
      dyadPanel.appendChild(el('div', { class: 'table-wrap' }, el('table', { 'data-testid': 'dyad-table' },
        el('thead', null, el('tr', null,
          el('th', null, 'Source → target'), el('th', { class: 'num' }, 'Events'),
          el('th', { class: 'num' }, 'Mean Goldstein'), el('th', { class: 'num' }, 'Total'),
          el('th', { title: 'verbal cooperation / material cooperation / verbal conflict / material conflict' }, 'Quad classes'),
          el('th', { class: 'num', title: 'people killed: each event\'s largest reported figure, summed over events' }, 'Killed'))),
        body)));
      dyadPanel.appendChild(quadLegend());
    }, 'Dyads');

    const p3 = load(seq, async () => {
      const alerts = await api('/api/alerts');
      if (seq !== navSeq) return;
      const list = el('ul', { class: 'alerts', 'data-testid': 'alert-list' });
      for (const a of alerts) {
        const up = !isNum(a.z) || a.z >= 0;
        list.appendChild(el('li', null, el('a', {
          class: 'alert', 'data-testid': 'alert-item',
          href: dyadHref(a.source, a.target, { since: a.since }),
          title: 'open the dyad from ' + str(a.since),
        },
        el('span', { class: 'z' + (up ? '' : ' coop'), title: 'z-score' }, 'z ' + (isNum(a.z) ? a.z.toFixed(1) : '—')),
        el('span', { class: 'pair' }, el('span', { class: 'actor' }, str(a.source)), ' → ', el('span', { class: 'actor' }, str(a.target))),
        el('span', { class: 'since' }, 'since ' + orDash(a.since)),
        el('span', { class: 'meta' },
          'recent mean ', el('b', null, isNum(a.recentMean) ? a.recentMean.toFixed(1) : '—'),
          ' vs baseline ', isNum(a.baselineMean) ? a.baselineMean.toFixed(1) : '—',
          isNum(a.baselineSd) ? ' ± ' + a.baselineSd.toFixed(1) : '',
          ' · ', fmtNum(a.recentEvents), ' events in window'),
        Array.isArray(a.drivers) && a.drivers.length > 0
          ? el('span', { class: 'drivers', 'data-testid': 'alert-drivers' }, 'driven by: ',
              a.drivers.slice(0, 3).map((d, i) => [i > 0 ? '; ' : '', orDash(d.date), ' ', el('code', null, str(d.code)), ' ',
                str(d.source && d.source.text), ' ', el('b', null, str(d.trigger)), ' ', str(d.target && d.target.text)]))
          : null)));
      }
      if (alerts.length === 0) list.appendChild(el('li', { class: 'empty' }, 'No alerts.'));
      alertPanel.appendChild(list);
    }, 'Alerts');

    const p4 = load(seq, async () => {
      const page = await api('/api/events', { size: 15, sort: 'newest' });
      if (seq !== navSeq) return;
      eventsPanel.appendChild(eventTable(page.items || []));
      eventsPanel.appendChild(el('div', { class: 'muted' }, fmtNum(page.total) + ' events in the store.'));
    }, 'Latest events');

    await Promise.all([p1, p2, p3, p4]);
  }

  function quadLegend() {
    return el('div', { class: 'legend' }, [1, 2, 3, 4].map((q) =>
      el('span', null, el('span', { class: 'sw q' + q }), QUADS[q].name)));
  }

  // ---------------------------------------------------------------- dyad view

  async function renderDyad(seq, src, tgt, query) {
    const state = {
      by: ['day', 'week', 'month'].includes(query.get('by')) ? query.get('by') : 'week',
      both: query.get('both') === 'true',
      since: query.get('since') || '',
      sort: SORTS.some(([k]) => k === query.get('sort')) ? query.get('sort') : 'newest',
      quad: ['1', '2', '3', '4'].includes(query.get('quad')) ? query.get('quad') : '',
      page: Math.max(1, parseInt(query.get('page') || '1', 10) || 1),
    };
    const syncHash = () => replaceHash(dyadHref(src, tgt, {
      since: state.since || null,
      by: state.by !== 'week' ? state.by : null,
      both: state.both ? 'true' : null,
      sort: state.sort !== 'newest' ? state.sort : null,
      quad: state.quad || null,
      page: state.page > 1 ? state.page : null,
    }));

    const root = el('section', { 'data-testid': 'dyad-view', 'data-source': src, 'data-target': tgt });
    const chartBox = el('div', { class: 'chart', 'data-testid': 'timeline-chart' });
    const bySelect = el('select', { 'data-testid': 'timeline-by', 'aria-label': 'period' },
      ['day', 'week', 'month'].map((b) => el('option', { value: b, selected: b === state.by }, b)));
    const bothBox = el('input', { type: 'checkbox', 'data-testid': 'timeline-both', checked: state.both });
    const tablePanel = el('div', { class: 'panel' });
    append(root, [
      el('h1', null, 'Dyad ', el('span', { class: 'actor' }, src), ' → ', el('span', { class: 'actor' }, tgt),
        ' ', el('a', { class: 'sub', href: dyadHref(tgt, src), 'data-testid': 'reverse-link' }, '(reverse: ' + tgt + ' → ' + src + ')')),
      el('div', { class: 'panel' },
        el('h2', null, 'Conflict–cooperation timeline'),
        el('div', { class: 'controls' },
          el('label', null, 'Period', bySelect),
          el('label', null, bothBox, 'both directions'),
          state.since ? el('span', { class: 'muted' }, 'alert window from ' + state.since + ' (dashed line)') : null),
        chartBox),
      tablePanel,
    ]);
    mainEl.appendChild(root);

    let chart = null;
    const onResize = () => { if (chart) chart.setSize({ width: Math.max(300, chartBox.clientWidth), height: 280 }); };
    window.addEventListener('resize', onResize);
    cleanup.push(() => { window.removeEventListener('resize', onResize); if (chart) chart.destroy(); chart = null; });

    const loadChart = () => load(seq, async () => {
      const rows = await api('/api/timeline', { source: src, target: tgt, by: state.by, both: state.both ? 'true' : 'false' });
      if (seq !== navSeq) return;
      if (chart) { chart.destroy(); chart = null; }
      clear(chartBox);
      chart = drawTimeline(chartBox, rows, state);
    }, 'Timeline');

    bySelect.addEventListener('change', () => { state.by = bySelect.value; syncHash(); loadChart(); });
    bothBox.addEventListener('change', () => { state.both = bothBox.checked; syncHash(); loadChart(); });

    // event table
    const sortBox = sortSelect(state.sort);
    const quadBox = quadSelect(state.quad, { 'data-testid': 'quad-filter' });
    const sinceLabel = el('span', { 'data-testid': 'since-filter' });
    const tableBox = el('div');
    const prevBtn = el('button', { type: 'button', 'data-testid': 'page-prev' }, '← Prev');
    const nextBtn = el('button', { type: 'button', 'data-testid': 'page-next' }, 'Next →');
    const pageInfo = el('span', { 'data-testid': 'page-info', class: 'muted' });
    const countInfo = el('span', { class: 'sub', 'data-testid': 'event-count' });
    append(tablePanel, [
      el('h2', null, 'Events ', countInfo),
      el('div', { class: 'controls' }, el('label', null, 'Sort', sortBox), el('label', null, 'Filter', quadBox), sinceLabel),
      tableBox,
      el('div', { class: 'pager' }, prevBtn, pageInfo, nextBtn),
    ]);

    let tableSeq = 0;
    const renderSince = () => {
      clear(sinceLabel);
      if (state.since) {
        append(sinceLabel, ['since ', el('b', null, state.since), ' ',
          el('button', { type: 'button', 'data-testid': 'since-clear', onClick: () => { state.since = ''; state.page = 1; syncHash(); renderSince(); loadTable(); if (chart) chart.redraw(); } }, 'show all')]);
      }
    };
    renderSince();

    const loadTable = () => {
      const mine = ++tableSeq;
      prevBtn.disabled = true; nextBtn.disabled = true;
      return load(seq, async () => {
        const res = await api('/api/events', {
          source: src, target: tgt, since: state.since || null, quad: state.quad || null,
          sort: state.sort, page: state.page, size: PAGE_SIZE,
        });
        if (seq !== navSeq || mine !== tableSeq) return;
        const total = isNum(res.total) ? res.total : 0;
        const size = isNum(res.size) && res.size > 0 ? res.size : PAGE_SIZE;
        const pages = Math.max(1, Math.ceil(total / size));
        clear(tableBox);
        tableBox.appendChild(eventTable(res.items || [], { emptyText: 'No events for this dyad with these filters.' }));
        countInfo.textContent = '(' + fmtNum(total) + ')';
        pageInfo.textContent = 'page ' + (res.page || state.page) + ' of ' + pages;
        prevBtn.disabled = state.page <= 1;
        nextBtn.disabled = state.page >= pages;
      }, 'Events');
    };
    prevBtn.addEventListener('click', () => { if (state.page > 1) { state.page--; syncHash(); loadTable(); } });
    nextBtn.addEventListener('click', () => { state.page++; syncHash(); loadTable(); });
    sortBox.addEventListener('change', () => { state.sort = sortBox.value; state.page = 1; syncHash(); loadTable(); });
    quadBox.addEventListener('change', () => { state.quad = quadBox.value; state.page = 1; syncHash(); loadTable(); });

    await Promise.all([loadChart(), loadTable()]);
  }

  function periodToTs(p) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(str(p));
    if (!m) return null;
    return Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) / 1000;
  }

  function drawTimeline(box, rows, state) {
    const pts = rows.map((r) => ({ t: periodToTs(r.period), r })).filter((x) => x.t !== null).sort((a, b) => a.t - b.t);
    if (pts.length === 0) {
      box.appendChild(el('div', { class: 'empty', 'data-testid': 'timeline-empty' }, 'No events in this dyad.'));
      return null;
    }
    const xs = pts.map((p) => p.t);
    const g = pts.map((p) => (isNum(p.r.goldstein) ? p.r.goldstein : null));
    const conf = pts.map((p) => (isNum(p.r.conflict) ? p.r.conflict : 0));
    const coop = pts.map((p) => (isNum(p.r.cooperation) ? p.r.cooperation : 0));
    const bars = uPlot.paths && uPlot.paths.bars;
    const fmtDay = (ts) => new Date(ts * 1000).toISOString().slice(0, state.by === 'month' ? 7 : 10);
    const opts = {
      width: Math.max(300, box.clientWidth || 900),
      height: 280,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: true, y: false } },
      legend: { live: true },
      scales: {
        x: {
          time: true,
          // half a period of padding so the first and last bars are not cut
          range: (u, min, max) => {
            const half = (state.by === 'day' ? 86400 : state.by === 'month' ? 2629800 : 604800) / 2;
            return [min - half, max + half];
          },
        }, g: { auto: true }, n: { auto: true, range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        {},
        { scale: 'g', label: 'Goldstein sum', stroke: COLOR_GOLDSTEIN, grid: { stroke: '#eceff3' } },
        { scale: 'n', label: 'events', side: 1, grid: { show: false } },
      ],
      series: [
        { label: state.by, value: (u, v) => (v == null ? '—' : fmtDay(v)) },
        {
          label: 'Goldstein sum', scale: 'g', stroke: COLOR_GOLDSTEIN, width: 2,
          points: { show: pts.length < 60, size: 5 },
          value: (u, v) => (v == null ? '—' : v.toFixed(1)),
        },
        {
          label: 'conflict events', scale: 'n', stroke: COLOR_CONFLICT, fill: 'rgba(200,55,59,0.55)', width: 1,
          paths: bars ? bars({ size: [0.4, 24], align: -1 }) : undefined, points: { show: false },
        },
        {
          label: 'cooperation events', scale: 'n', stroke: COLOR_COOP, fill: 'rgba(47,116,181,0.55)', width: 1,
          paths: bars ? bars({ size: [0.4, 24], align: 1 }) : undefined, points: { show: false },
        },
      ],
      hooks: {
        draw: [(u) => {
          const ctx = u.ctx;
          ctx.save();
          // zero line of the Goldstein axis
          const y0 = u.valToPos(0, 'g', true);
          if (y0 >= u.bbox.top && y0 <= u.bbox.top + u.bbox.height) {
            ctx.strokeStyle = '#9aa4af'; ctx.lineWidth = 1;
            ctx.beginPath(); ctx.moveTo(u.bbox.left, y0); ctx.lineTo(u.bbox.left + u.bbox.width, y0); ctx.stroke();
          }
          // alert window start
          const since = state.since ? periodToTs(state.since) : null;
          if (since !== null) {
            const x = u.valToPos(since, 'x', true);
            if (x >= u.bbox.left && x <= u.bbox.left + u.bbox.width) {
              ctx.strokeStyle = COLOR_CONFLICT; ctx.setLineDash([5, 4]); ctx.lineWidth = 1.5;
              ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke();
            }
          }
          ctx.restore();
        }],
      },
    };
    return new uPlot(opts, [xs, g, conf, coop], box);
  }

  // ---------------------------------------------------------------- event view

  function kv(pairs) {
    const dl = el('dl', { class: 'kv' });
    for (const [k, v, testid] of pairs) {
      dl.appendChild(el('dt', null, k));
      dl.appendChild(el('dd', testid ? { 'data-testid': testid } : null, v === null || v === undefined || v === '' ? '—' : v));
    }
    return dl;
  }

  function actorDesc(a) {
    if (!a) return '—';
    return [el('span', { class: 'actor' }, orDash(a.code)),
      a.name ? ' ' + a.name : '',
      a.text ? [' — “', el('span', null, a.text), '”'] : null,
      (a.country || a.agent) ? el('span', { class: 'muted' }, ' (country ' + orDash(a.country) + ', agent ' + orDash(a.agent) + ')') : null];
  }

  /** The fused event's toll (largest figure among its reports, and which report), and this report's own words. */
  function casualties(ev) {
    const t = ev.toll || {};
    const parts = [];
    for (const [key, label] of [['fatalities', 'killed'], ['injured', 'injured'], ['arrested', 'arrested']]) {
      if (!isNum(t[key])) continue;
      const by = t[key + 'Report'];
      parts.push(el('span', { class: 'nowrap', 'data-testid': 'toll-' + key }, fmtNum(t[key]) + ' ' + label,
        by && by !== ev.id ? el('span', { class: 'muted' }, ' (', el('a', { href: eventHref(by) }, 'per another report'), ')') : null));
      parts.push(' · ');
    }
    parts.pop();
    if (parts.length === 0) return 'none reported';
    if (ev.casualtyWords) parts.push(el('span', { class: 'muted' }, ' — “' + ev.casualtyWords + '”'));
    return parts;
  }

  async function renderEvent(seq, id) {
    const root = el('section', { 'data-testid': 'event-view' });
    mainEl.appendChild(root);
    await load(seq, async () => {
      const res = await api('/api/events/' + encodeURIComponent(id));
      if (seq !== navSeq) return;
      const ev = res.event || {};
      const reports = Array.isArray(res.reports) ? res.reports : [];
      const copies = Array.isArray(res.copies) ? res.copies : [];
      const src = ev.source || {};
      const tgt = ev.target || {};
      const loc = ev.location;
      const q = QUADS[ev.quadClass];
      append(root, [
        el('h1', null, 'Event ', el('span', { class: 'actor' }, orDash(src.code)), ' → ', el('span', { class: 'actor' }, orDash(tgt.code)),
          ' ', el('span', { class: 'sub' }, orDash(ev.date))),
        el('div', { class: 'panel', 'data-testid': 'event-detail', 'data-event-id': str(ev.id) },
          highlightedSentence(ev, { 'data-testid': 'sentence' }),
          highlightLegend(),
          el('p', null,
            el('a', { href: dyadHref(src.country || src.code || '', tgt.country || tgt.code || ''), 'data-testid': 'event-dyad-link' },
              'Dyad ' + orDash(src.country || src.code) + ' → ' + orDash(tgt.country || tgt.code) + ' timeline →'))),
        el('div', { class: 'grid2' },
          el('div', { class: 'panel' },
            el('h2', null, 'Coding'),
            kv([
              ['Source', actorDesc(ev.source), 'event-source'],
              ['Target', actorDesc(ev.target), 'event-target'],
              ['CAMEO code', ev.code ? [el('code', null, ev.code), ' ', codeName(ev.code),
                ev.root ? el('span', { class: 'muted' }, ' (root ' + ev.root + (codeName(ev.root) ? ': ' + codeName(ev.root) : '') + ')') : null] : null, 'event-code'],
              ['Goldstein', goldstein(ev.goldstein)],
              ['Quad class', q ? [quadBadge(ev.quadClass), ' ', ev.quadClass + ' · ' + q.name] : orDash(ev.quadClass), 'event-quad'],
              ['PLOVER', ev.ploverType ? ev.ploverType + (ev.ploverMode ? ' / ' + ev.ploverMode : '') : null, 'event-plover'],
              ['Modality', el('span', { 'data-testid': 'event-modality', class: ev.modality && ev.modality !== 'asserted' ? 'flag-yes' : '' },
                ev.modality ? ev.modality + (ev.modality === 'asserted' ? ' — reported as done' : ' — not reported as done; counted nowhere') : null)],
              ['Date of the act', el('span', { 'data-testid': 'event-date' }, ev.eventDate
                ? ev.eventDate + (ev.timePrecision && ev.timePrecision !== 'day' ? ' (to the ' + ev.timePrecision + ')' : '') : '—')],
              ['Published', ev.date],
              ['Type', el('span', { 'data-testid': 'event-type' }, ev.eventType
                ? ev.eventType + (ev.subEventType ? ' / ' + ev.subEventType : '') : '—')],
              ['Casualties', el('span', { 'data-testid': 'event-casualties' }, casualties(ev))],
              ['Reports', [fmtNum(ev.reports), isNum(ev.sources) ? ' from ' + fmtNum(ev.sources) + (ev.sources === 1 ? ' outlet' : ' outlets') : '']],
              ['Event id', el('code', null, orDash(ev.id))],
            ])),
          el('div', { class: 'panel' },
            el('h2', null, 'Evidence'),
            el('div', { 'data-testid': 'evidence' }, kv([
              ['Rule', ev.rule ? el('code', null, ev.rule) : null, 'evidence-rule'],
              ['Dictionary entry', ev.entry ? el('code', null, ev.entry) : null, 'evidence-entry'],
              ['Trigger', ev.trigger, 'evidence-trigger'],
            ])),
            kv([
              ['According to', el('span', { 'data-testid': 'attribution' }, ev.attribution ? ev.attribution : '— (no attribution)')],
              ['Hedged', el('span', { 'data-testid': 'hedged', class: ev.hedged ? 'flag-yes' : '', 'data-hedged': ev.hedged ? 'true' : 'false' },
                ev.hedged ? 'yes — the sentence hedges the report' : 'no')],
              ['Issues', Array.isArray(ev.issues) && ev.issues.length
                ? el('span', { class: 'issues', 'data-testid': 'issues' }, ev.issues.map((i) => el('span', { class: 'tag' }, str(i))))
                : el('span', { 'data-testid': 'issues' }, '—')],
            ]),
            el('h2', { class: 'spaced' }, 'Location'),
            el('div', { 'data-testid': 'location' }, loc ? kv([
              ['Place', [orDash(loc.name), loc.written && loc.written !== loc.name ? el('span', { class: 'muted' }, ' (written “' + loc.written + '”)') : null]],
              ['Country', loc.country],
              ['Admin 1', loc.admin1],
              ['Feature', loc.feature],
              ['GeoNames id', loc.geonameId],
              ['Precision', loc.precision],
              ['Method', loc.method],
              ['Lat / lon', isNum(loc.latitude) && isNum(loc.longitude) ? loc.latitude.toFixed(3) + ', ' + loc.longitude.toFixed(3) : null],
            ]) : el('div', { class: 'empty' }, 'Not located.')))),
        el('div', { class: 'panel' },
          el('h2', null, 'Article'),
          kv([
            ['Title', ev.title],
            ['Outlet', ev.outlet],
            ['Article id', ev.docId ? maybeLink(ev.docId, ev.docId, { 'data-testid': 'article-link' }) : null],
            ['Article hash', ev.articleHash ? el('a', { href: articleHref(ev.articleHash) }, ev.articleHash) : null],
          ])),
        el('div', { class: 'panel' },
          el('h2', null, 'Reports ', el('span', { class: 'sub' }, '(' + (reports.length + copies.length)
            + ' — every article reporting this event, first report first; reprints are stored but not coded again)')),
          reportsTable(reports, copies)),
      ]);
    }, 'Event');
  }

  function reportsTable(reports, copies) {
    const body = el('tbody');
    reports.forEach((r, i) => {
      body.appendChild(el('tr', { 'data-testid': 'report-row', 'data-event-id': str(r.id) },
        el('td', { class: 'num' }, String(i + 1)),
        el('td', { class: 'nowrap' }, orDash(r.date)),
        el('td', null, orDash(r.outlet)),
        el('td', { class: 'title' }, r.docId ? maybeLink(r.docId, r.title || r.docId, { 'data-testid': 'report-link' }) : orDash(r.title),
          r.articleHash ? el('div', null, el('a', { class: 'sub', href: articleHref(r.articleHash) }, 'article in store')) : null),
        el('td', null, highlightedSentence(r, { 'data-testid': 'report-sentence' })),
        el('td', { class: 'nowrap' }, el('code', null, orDash(r.code)), ' ', goldstein(r.goldstein)),
        el('td', { class: 'num' }, isNum(r.fatalities) ? fmtNum(r.fatalities) : '—')));
    });
    copies.forEach((c, i) => {
      body.appendChild(el('tr', { 'data-testid': 'copy-row' },
        el('td', { class: 'num' }, String(reports.length + i + 1)),
        el('td', { class: 'nowrap' }, orDash(c.published)),
        el('td', null, orDash(c.source)),
        el('td', { class: 'title' }, c.id ? maybeLink(c.id, c.title || c.id, { 'data-testid': 'report-link' }) : orDash(c.title),
          c.hash ? el('div', null, el('a', { class: 'sub', href: articleHref(c.hash) }, 'article in store')) : null),
        el('td', { class: 'sub' }, 'near-duplicate reprint of a report above (not coded again)'),
        el('td', null, ''), el('td', null, '')));
    });
    if (reports.length + copies.length === 0) body.appendChild(el('tr', null, el('td', { colspan: 7, class: 'empty' }, 'No reports.')));
    return el('div', { class: 'table-wrap' }, el('table', { 'data-testid': 'reports' },
      el('thead', null, el('tr', null, el('th', { class: 'num' }, '#'), el('th', null, 'Date'), el('th', null, 'Outlet'),
        el('th', null, 'Title'), el('th', null, 'Sentence'), el('th', null, 'Code'),
        el('th', { class: 'num', title: 'people killed, as this report says' }, 'Killed'))),
      body));
  }

  // ---------------------------------------------------------------- event search

  /** The modalities the event search offers: asserted (the default, the events that count), all, or one. */
  const MODALITIES = ['asserted', 'all', 'negated', 'hypothetical', 'conditional', 'intended', 'future', 'historical', 'denied'];

  /** The filters of the events page, as the API names them. */
  const EVENT_FILTERS = [
    ['q', 'Words', 'words in the sentence', 'search'],
    ['source', 'Source', 'RUS', 'text'],
    ['target', 'Target', 'UKR', 'text'],
    ['actor', 'Either actor', 'USA', 'text'],
    ['code', 'CAMEO code', '19 or 195', 'text'],
    ['plover', 'PLOVER type', 'ASSAULT', 'text'],
    ['since', 'Since', '', 'date'],
    ['until', 'Until', '', 'date'],
  ];

  async function renderEvents(seq, query) {
    const page = Math.max(1, parseInt(query.get('page') || '1', 10) || 1);
    const sort = SORTS.some(([k]) => k === query.get('sort')) ? query.get('sort') : 'newest';
    const quad = ['1', '2', '3', '4'].includes(query.get('quad')) ? query.get('quad') : '';
    const inputs = {};
    const fields = EVENT_FILTERS.map(([name, label, hint, type]) => {
      inputs[name] = el('input', { type, name, value: query.get(name) || '', placeholder: hint, size: 12, 'data-testid': 'filter-' + name });
      return el('label', null, label, ' ', inputs[name]);
    });
    const quadBox = quadSelect(quad, { name: 'quad', 'data-testid': 'filter-quad' });
    const sortBox = sortSelect(sort, { name: 'sort' });
    const modality = MODALITIES.includes(query.get('modality')) ? query.get('modality') : 'asserted';
    const modalityBox = el('select', { name: 'modality', 'data-testid': 'filter-modality', 'aria-label': 'modality',
      title: 'asserted: reported as done (the events that count); the others are kept but counted nowhere' },
      MODALITIES.map((m) => el('option', { value: m, selected: m === modality }, m)));
    const go = (p) => {
      const qs = new URLSearchParams();
      for (const [name] of EVENT_FILTERS) if (inputs[name].value.trim()) qs.set(name, inputs[name].value.trim());
      if (quadBox.value) qs.set('quad', quadBox.value);
      if (sortBox.value !== 'newest') qs.set('sort', sortBox.value);
      if (modalityBox.value !== 'asserted') qs.set('modality', modalityBox.value);
      if (p > 1) qs.set('page', String(p));
      const s = qs.toString();
      location.hash = '#/events' + (s ? '?' + s : '');
    };
    const form = el('form', { class: 'filters', 'data-testid': 'event-filters', onSubmit: (e) => { e.preventDefault(); go(1); } },
      fields, el('label', null, 'Quad ', quadBox), el('label', null, 'Modality ', modalityBox), el('label', null, 'Sort ', sortBox),
      el('button', { type: 'submit', 'data-testid': 'filter-submit' }, 'Search'));
    const box = el('div');
    const root = el('section', { 'data-testid': 'events-view' });
    append(root, [el('h1', null, 'Events'), el('div', { class: 'panel' }, form, box)]);
    mainEl.appendChild(root);
    await load(seq, async () => {
      const params = { sort, page, size: PAGE_SIZE, quad: quad || null, modality: modality === 'asserted' ? null : modality };
      for (const [name] of EVENT_FILTERS) params[name] = query.get(name) || null;
      const res = await api('/api/events', params);
      if (seq !== navSeq) return;
      const total = isNum(res.total) ? res.total : 0;
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      append(box, [
        el('div', { class: 'muted', 'data-testid': 'event-count' }, fmtNum(total) + ' events'),
        eventTable(res.items || [], { emptyText: 'No events match these filters.' }),
        pager(page, pages, go),
      ]);
    }, 'Events');
  }

  // ---------------------------------------------------------------- map

  let worldCache = null;
  async function worldGeoJson() {
    if (!worldCache) {
      worldCache = fetch('world.geo.json').then((r) => {
        if (!r.ok) throw new Error('Base map world.geo.json: HTTP ' + r.status);
        return r.json();
      }).catch((e) => { worldCache = null; throw e; });
    }
    return worldCache;
  }

  async function renderMap(seq, query) {
    const root = el('section', { 'data-testid': 'map-view' });
    const mapBox = el('div', { class: 'map', id: 'map', 'data-testid': 'map' });
    const countInfo = el('span', { class: 'sub', 'data-testid': 'map-count' });
    append(root, [
      el('h1', null, 'Map of located events ', countInfo),
      el('div', { class: 'legend' }, [1, 2, 3, 4].map((q) =>
        el('span', null, el('span', { class: 'sw q' + q }), QUADS[q].name))),
      mapBox,
    ]);
    mainEl.appendChild(root);
    if (typeof L === 'undefined') { showError('Leaflet did not load (/webjars/leaflet/1.9.4/dist/leaflet.js).'); return; }

    const map = L.map(mapBox, {
      worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
      maxBounds: [[-85, -200], [85, 200]], preferCanvas: false,
    }).setView([25, 15], 2);
    map.attributionControl.addAttribution('Borders: Natural Earth (public domain)');
    cleanup.push(() => map.remove());

    await Promise.all([
      load(seq, async () => {
        const world = await worldGeoJson();
        if (seq !== navSeq) return;
        const layer = L.geoJSON(world, {
          interactive: false,
          style: () => ({ color: '#9aa7b4', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1, className: 'country' }),
        }).addTo(map);
        layer.bringToBack();
      }, 'Base map'),
      load(seq, async () => {
        const params = { located: 'true', size: 500 };
        for (const k of ['since', 'until', 'source', 'target', 'actor', 'quad', 'plover']) if (query.get(k)) params[k] = query.get(k);
        const res = await api('/api/events', params);
        if (seq !== navSeq) return;
        const items = (res.items || []).filter((ev) => ev.location && isNum(ev.location.latitude) && isNum(ev.location.longitude));
        countInfo.textContent = '(' + items.length + (isNum(res.total) && res.total > items.length ? ' of ' + fmtNum(res.total) : '') + ')';
        const group = L.featureGroup();
        for (const ev of items) {
          const q = QUADS[ev.quadClass];
          const color = q ? q.color : '#666';
          const m = L.circleMarker([ev.location.latitude, ev.location.longitude], {
            radius: 5 + Math.min(5, Math.max(0, (ev.reports || 1) - 1)),
            color: '#fff', weight: 1, fillColor: color, fillOpacity: 0.85,
            className: 'event-marker quad-' + (q ? ev.quadClass : 0),
          });
          m.bindPopup(() => popupFor(ev));
          group.addLayer(m);
        }
        group.addTo(map);
        if (items.length > 0) map.fitBounds(group.getBounds().pad(0.2), { maxZoom: 5, animate: false });
        // tag the marker SVG paths so tests can find them
        group.eachLayer((m) => {
          const p = m.getElement && m.getElement();
          if (p) p.setAttribute('data-testid', 'map-marker');
        });
      }, 'Located events'),
    ]);
    map.invalidateSize();
  }

  function popupFor(ev) {
    const src = ev.source || {};
    const tgt = ev.target || {};
    const q = QUADS[ev.quadClass];
    return el('div', { class: 'popup', 'data-testid': 'map-popup' },
      el('div', null, el('span', { class: 'actor' }, orDash(src.code)), ' → ', el('span', { class: 'actor' }, orDash(tgt.code)),
        ' · ', el('code', null, orDash(ev.code)), ' ', str(ev.ploverType)),
      el('div', { class: 'p-meta' }, orDash(ev.date), ' · ', q ? q.name : 'quad ?', ' · Goldstein ', fmtG(ev.goldstein)),
      el('div', { class: 'p-title' }, ev.title || ''),
      el('div', { class: 'p-meta' }, orDash(ev.location && (ev.location.name || ev.location.written)),
        ev.location && ev.location.country ? ' (' + ev.location.country + ')' : ''),
      el('div', null, el('a', { href: eventHref(ev.id), 'data-testid': 'map-popup-link' }, 'event details →')));
  }

  // ---------------------------------------------------------------- articles

  async function renderArticles(seq, query) {
    const q = query.get('q') || '';
    const page = Math.max(1, parseInt(query.get('page') || '1', 10) || 1);
    const root = el('section', { 'data-testid': 'articles-view' });
    const input = el('input', { type: 'search', name: 'q', value: q, placeholder: 'words in title or text', 'data-testid': 'articles-search' });
    const go = (p, qq) => {
      const qs = new URLSearchParams();
      if (qq) qs.set('q', qq);
      if (p > 1) qs.set('page', String(p));
      const s = qs.toString();
      location.hash = '#/articles' + (s ? '?' + s : '');
    };
    const form = el('form', { class: 'search', onSubmit: (e) => { e.preventDefault(); go(1, input.value.trim()); } },
      input, el('button', { type: 'submit' }, 'Search'));
    const box = el('div');
    append(root, [el('h1', null, 'Articles'), el('div', { class: 'panel' }, form, box)]);
    mainEl.appendChild(root);
    await load(seq, async () => {
      const res = await api('/api/articles', { q: q || null, page, size: 50 });
      if (seq !== navSeq) return;
      const body = el('tbody');
      for (const a of res.items || []) {
        body.appendChild(el('tr', { 'data-testid': 'article-row' },
          el('td', { class: 'nowrap' }, orDash(a.published)),
          el('td', null, orDash(a.source)),
          el('td', { class: 'title' }, el('a', { href: articleHref(a.hash), 'data-testid': 'article-view-link' }, a.title || '(untitled)'),
            a.duplicateOf ? el('div', { class: 'muted' }, 'duplicate of ', el('a', { href: articleHref(a.duplicateOf) }, a.duplicateOf)) : null),
          el('td', { class: 'title' }, el('span', { class: 't' }, maybeLink(a.id, a.id))),
          el('td', { class: 'num' }, fmtNum(a.events))));
      }
      if (!res.items || res.items.length === 0) body.appendChild(el('tr', null, el('td', { colspan: 5, class: 'empty' }, 'No articles.')));
      const total = isNum(res.total) ? res.total : 0;
      const size = isNum(res.size) && res.size > 0 ? res.size : 50;
      const pages = Math.max(1, Math.ceil(total / size));
      append(box, [
        el('div', { class: 'table-wrap' }, el('table', { 'data-testid': 'article-table' },
          el('thead', null, el('tr', null, el('th', null, 'Published'), el('th', null, 'Source'), el('th', null, 'Title'),
            el('th', null, 'Id'), el('th', { class: 'num' }, 'Events'))), body)),
        pager(page, pages, (n) => go(n, q), ' · ' + fmtNum(total) + ' articles'),
      ]);
    }, 'Articles');
  }

  async function renderArticle(seq, hash) {
    const root = el('section', { 'data-testid': 'article-view' });
    mainEl.appendChild(root);
    await load(seq, async () => {
      const res = await api('/api/articles/' + encodeURIComponent(hash));
      if (seq !== navSeq) return;
      const a = res.article || {};
      append(root, [
        el('h1', null, a.title || '(untitled)'),
        el('div', { class: 'panel' },
          kv([
            ['Published', a.published],
            ['Source', a.source],
            ['Article id', a.id ? maybeLink(a.id, a.id, { 'data-testid': 'article-link' }) : null],
            ['Hash', el('code', null, orDash(a.hash))],
            ['Duplicate of', a.duplicateOf ? el('a', { href: articleHref(a.duplicateOf) }, a.duplicateOf) : null],
          ]),
          a.text ? el('div', { class: 'article-text', 'data-testid': 'article-text' }, a.text) : null),
        el('div', { class: 'panel' }, el('h2', null, 'Events coded from this article'),
          eventTable(Array.isArray(res.events) ? res.events : [])),
      ]);
    }, 'Article');
  }

  function renderNotFound(seq, parts) {
    append(mainEl, [el('h1', null, 'Not found'), el('p', null, 'No page "/' + parts.join('/') + '". ', el('a', { href: '#/' }, 'Go to the overview.'))]);
  }

  // ---------------------------------------------------------------- header forms, start

  document.getElementById('dyad-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.currentTarget;
    const s = f.elements.source.value.trim().toUpperCase();
    const t = f.elements.target.value.trim().toUpperCase();
    if (s && t) location.hash = dyadHref(s, t);
  });
  document.getElementById('event-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const id = e.currentTarget.elements.id.value.trim();
    if (id) location.hash = eventHref(id);
  });

  window.addEventListener('hashchange', route);
  route();
})();
