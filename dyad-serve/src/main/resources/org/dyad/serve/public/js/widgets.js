/*
 * Dyad dashboard: the widgets and plumbing every page shares. Plain ES2020 modules, no build step
 * (browsers load them natively: main.js imports one module per page, each imports this one);
 * uPlot and Leaflet come from WebJars as classic scripts (globals uPlot, L).
 *
 * SECURITY: every string from the API (article text, sentences, titles, actor names, ids...) is
 * untrusted news data. It is only ever put into the page as text: el() turns string children into
 * text nodes, attributes are set with setAttribute (never event handlers, never innerHTML), and
 * href values go through safeHref(), which allows only "#..." routes built here and absolute
 * http(s) URLs. Do not add innerHTML / insertAdjacentHTML / outerHTML anywhere in these modules.
 *
 * Test hooks: data-testid attributes on key elements and
 * document.body.dataset.ready = "true" once the current page has loaded and rendered (also
 * <main data-loaded="true" data-page="...">), with document.body.dataset.readyHash the location hash of
 * the page that is ready. Ready goes back to "false" while a page or a part of it (e.g. the dyad
 * event table after paging) reloads.
 */
// ---------------------------------------------------------------- constants

export const QUADS = {
  1: { name: 'Verbal cooperation', short: 'VC', color: '#3b82c4' },
  2: { name: 'Material cooperation', short: 'MC', color: '#23946b' },
  3: { name: 'Verbal conflict', short: 'VX', color: '#e07b2a' },
  4: { name: 'Material conflict', short: 'MX', color: '#c8373b' },
};
export const SORTS = [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest first'],
  ['most-hostile', 'Most hostile'],
  ['most-cooperative', 'Most cooperative'],
  ['most-reported', 'Most reported'],
];
export const PAGE_SIZE = 25;

/** CAMEO code → name, from /api/codes; loaded once before the first page renders. */
export const codeNames = new Map();
export let codesLoaded = null;
export function loadCodes() {
  if (!codesLoaded) {
    codesLoaded = fetch('/api/codes', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : []))
      .then((codes) => { for (const c of codes) codeNames.set(String(c.code), String(c.name)); })
      .catch(() => { /* names are a nicety: codes still show */ });
  }
  return codesLoaded;
}
export const codeName = (code) => codeNames.get(String(code)) || '';
export const COLOR_CONFLICT = '#c8373b';
export const COLOR_COOP = '#2f74b5';
export const COLOR_GOLDSTEIN = '#3d4852';

// ---------------------------------------------------------------- DOM helpers (text only)

/** Accepts only in-app routes ("#/...") and absolute http(s) URLs; anything else → null. */
export function safeHref(value) {
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
export function el(tag, attrs, ...children) {
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

export function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Link to an article id when it is an http(s) URL, otherwise plain text. */
export function maybeLink(url, text, attrs) {
  const h = safeHref(url);
  if (h && !h.startsWith('#')) {
    return el('a', Object.assign({ href: h, target: '_blank', rel: 'noopener noreferrer' }, attrs || {}),
      text === undefined ? url : text);
  }
  return el('span', attrs || null, text === undefined ? (url == null ? '' : url) : text);
}

// ---------------------------------------------------------------- formatting

export const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
export const fmtNum = (v) => (isNum(v) ? v.toLocaleString('en-US') : '—');
export const fmtG = (v, digits = 1) => (isNum(v) ? (v > 0 ? '+' : '') + v.toFixed(digits) : '—');
export const gClass = (v) => (!isNum(v) || v === 0 ? 'gs zero' : v < 0 ? 'gs neg' : 'gs pos');
export const str = (v) => (v === null || v === undefined ? '' : String(v));
export const orDash = (v) => (v === null || v === undefined || v === '' ? '—' : String(v));

export function goldstein(v, digits) {
  return el('span', { class: gClass(v), 'data-testid': 'goldstein' }, fmtG(v, digits));
}

export function goldsteinBar(v) {
  const bar = el('span', { class: 'gbar', title: 'mean Goldstein ' + fmtG(v, 2), 'aria-hidden': 'true' });
  if (isNum(v) && v !== 0) {
    const fill = el('span', { class: 'fill ' + (v < 0 ? 'neg' : 'pos') });
    fill.style.width = Math.min(50, (Math.abs(v) / 10) * 50).toFixed(1) + '%';
    bar.appendChild(fill);
  }
  return bar;
}

export function quadBadge(q) {
  const info = QUADS[q];
  if (!info) return el('span', { class: 'muted' }, '—');
  return el('span', { class: 'badge q' + q, title: info.name, 'data-quad': q }, info.short);
}

export function quadCounts(d) {
  const vals = [d.verbalCooperation, d.materialCooperation, d.verbalConflict, d.materialConflict];
  return el('span', { class: 'quads' }, vals.map((v, i) =>
    el('span', { class: 'qc q' + (i + 1) + (v ? '' : ' zero'), title: QUADS[i + 1].name }, fmtNum(v || 0))));
}

export function actorCell(actor) {
  if (!actor) return el('span', { class: 'muted' }, '—');
  const title = [actor.name, actor.text].filter(Boolean).join(' — ');
  return el('span', { title: title || null },
    el('span', { class: 'actor' }, orDash(actor.code)),
    actor.text ? el('span', { class: 'actor-text' }, actor.text) : null);
}

// ---------------------------------------------------------------- routing / readiness

export const mainEl = document.getElementById('main');
export const errorSlot = document.getElementById('error-slot');
export let navSeq = 0;          // incremented on every navigation; stale async results are dropped
let cleanup = [];               // functions to run when leaving the current page (chart, map...)
let pending = 0;                // outstanding loads of the current page

/** Starts a new page: runs the old page's leave functions and returns the new navigation number. */
export function beginNavigation() {
  navSeq++;
  pending = 0;
  for (const fn of cleanup) { try { fn(); } catch (e) { /* ignore */ } }
  cleanup = [];
  return navSeq;
}

/** Registers a function to run when the current page is left (destroy a chart, remove a map...). */
export function onLeave(fn) { cleanup.push(fn); }

/** Whether the current page has no load outstanding. */
export const idle = () => pending === 0;

export function setReady(ready) {
  document.body.dataset.ready = ready ? 'true' : 'false';
  // the page that is ready, so that a test can tell it from the page before a hash change
  document.body.dataset.readyHash = ready ? location.hash : '';
  mainEl.dataset.loaded = ready ? 'true' : 'false';
}

/** Tracks a load belonging to the current page; ready flips to "true" when all are done. */
export async function track(seq, promiseFn) {
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

export function showError(message) {
  let box = errorSlot.querySelector('[data-testid="error"]');
  if (!box) {
    box = el('div', { class: 'error', role: 'alert', 'data-testid': 'error' });
    errorSlot.appendChild(box);
  }
  box.appendChild(el('div', null, message));
}

export function clearErrors() { clear(errorSlot); }

export class ApiError extends Error {
  constructor(message, status, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

export function apiUrl(path, params) {
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

export async function api(path, params) {
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
export async function load(seq, loader, where) {
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

export function parseHash() {
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

export function dyadHref(src, tgt, query) {
  const base = '#/dyad/' + encodeURIComponent(src) + '/' + encodeURIComponent(tgt);
  const qs = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString() : '';
  return base + (qs ? '?' + qs : '');
}
export const eventHref = (id) => '#/event/' + encodeURIComponent(id);
export const articleHref = (hash) => '#/article/' + encodeURIComponent(hash);

/** Updates the hash without triggering a re-render (used for in-page state like paging). */
export function replaceHash(hash) {
  if (location.hash === hash) return;
  history.replaceState(null, '', hash);
  if (document.body.dataset.ready === 'true') document.body.dataset.readyHash = location.hash; // the same page, still ready
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
export function highlightedSentence(ev, attrs) {
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

export const HL_TITLES = { 'hl-source': 'source actor', 'hl-target': 'target actor', 'hl-trigger': 'trigger' };

/** Appends text[a, b) to parent, wrapping spans (all within [a, b)) as nested <span>s. */
export function appendHighlighted(parent, text, a, b, spans) {
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

export function highlightLegend() {
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
export function sortSelect(selected, attrs) {
  return el('select', Object.assign({ 'data-testid': 'sort-select', 'aria-label': 'sort' }, attrs || {}),
    SORTS.map(([k, label]) => el('option', { value: k, selected: k === selected }, label)));
}

/** A select of the quad classes ('' = all), the given one selected. */
export function quadSelect(selected, attrs) {
  return el('select', Object.assign({ 'aria-label': 'quad class' }, attrs),
    el('option', { value: '' }, 'all quad classes'),
    [1, 2, 3, 4].map((q) => el('option', { value: String(q), selected: String(q) === selected }, q + ' · ' + QUADS[q].name)));
}

/** Prev / "page N of M…" / Next, for pages whose page number lives in the hash; go(n) opens page n. */
export function pager(page, pages, go, info) {
  return el('div', { class: 'pager' },
    el('button', { type: 'button', 'data-testid': 'page-prev', disabled: page <= 1, onClick: () => go(page - 1) }, '← Prev'),
    el('span', { class: 'muted', 'data-testid': 'page-info' }, 'page ' + page + ' of ' + pages + (info || '')),
    el('button', { type: 'button', 'data-testid': 'page-next', disabled: page >= pages, onClick: () => go(page + 1) }, 'Next →'));
}

export function eventTable(items, opts = {}) {
  const expandable = opts.expandable !== false;
  const head = el('tr', null,
    expandable ? el('th', { 'aria-label': 'expand' }) : null,
    el('th', null, 'Date'),
    el('th', null, 'Source'),
    el('th', null, 'Event'),
    el('th', null, 'Target'),
    el('th', { class: 'num' }, 'Goldstein'),
    el('th', { class: 'num', title: 'people killed: the largest figure any report of the event gives' }, 'Killed'),
    el('th', { class: 'trigger' }, 'Trigger'),
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
      el('td', { class: 'trigger' }, orDash(ev.trigger)),
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
  return tableBlock(opts.download || 'events', table, EVENT_COLUMNS, items);
}

/** The columns of an event table's CSV download. */
export const EVENT_COLUMNS = [
  ['id', (e) => e.id], ['date', (e) => e.date], ['event_date', (e) => e.eventDate], ['source', (e) => e.source && e.source.code],
  ['source_text', (e) => e.source && e.source.text], ['target', (e) => e.target && e.target.code],
  ['target_text', (e) => e.target && e.target.text], ['cameo', (e) => e.code], ['quad_class', (e) => e.quadClass],
  ['plover', (e) => e.ploverType], ['goldstein', (e) => e.goldstein], ['modality', (e) => e.modality],
  ['fatalities', (e) => e.toll && e.toll.fatalities], ['trigger', (e) => e.trigger], ['sentence', (e) => e.sentenceText],
  ['title', (e) => e.title], ['outlet', (e) => e.outlet], ['article', (e) => e.docId], ['reports', (e) => e.reports],
  ['place', (e) => e.location && e.location.name], ['latitude', (e) => e.location && e.location.latitude],
  ['longitude', (e) => e.location && e.location.longitude],
];

// ---------------------------------------------------------------- downloads

/** A CSV cell: quoted when needed; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
function csvCell(v) {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** The rows as CSV text with a header line; columns: [[name, row => value], ...]. */
export function toCsv(columns, rows) {
  const lines = [columns.map(([name]) => csvCell(name)).join(',')];
  for (const r of rows) lines.push(columns.map(([, get]) => csvCell(get(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Saves text as a file through a temporary object URL (made here, never from data). */
function save(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.setAttribute('href', url);
  a.setAttribute('download', filename);
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** CSV and JSON buttons that download what a table shows: the rows as the API gave them (JSON) or its columns (CSV). */
export function downloadButtons(name, columns, rows) {
  const file = String(name).replace(/[^A-Za-z0-9_.-]+/g, '-');
  return el('span', { class: 'downloads', 'data-testid': 'downloads' },
    el('button', { type: 'button', 'data-testid': 'download-csv', title: 'download these rows as CSV',
      onClick: () => save(file + '.csv', 'text/csv;charset=utf-8', toCsv(columns, rows)) }, 'CSV'),
    el('button', { type: 'button', 'data-testid': 'download-json', title: 'download these rows as JSON',
      onClick: () => save(file + '.json', 'application/json', JSON.stringify(rows, null, 1) + '\n') }, 'JSON'));
}

/** A table in its scroll box under a bar with its download buttons. */
export function tableBlock(name, table, columns, rows) {
  return el('div', { class: 'table-block', 'data-testid': 'table-block' },
    el('div', { class: 'table-tools' }, downloadButtons(name, columns, rows)),
    el('div', { class: 'table-wrap' }, table));
}

// ---------------------------------------------------------------- date ranges

/** Today as YYYY-MM-DD (UTC, as the server's default as-of day). */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A since / until form for a page whose state lives in the hash: go(params) is called with the
 * new values ('' for none). extra: more labelled controls to put in the form.
 */
export function dateRangeForm(since, until, go, extra) {
  const from = el('input', { type: 'date', name: 'since', value: since || '', 'data-testid': 'range-since', 'aria-label': 'since' });
  const to = el('input', { type: 'date', name: 'until', value: until || '', 'data-testid': 'range-until', 'aria-label': 'until' });
  return el('form', { class: 'controls range', 'data-testid': 'date-range',
    onSubmit: (e) => { e.preventDefault(); go({ since: from.value, until: to.value }); } },
  el('label', null, 'From', from), el('label', null, 'to', to), extra || null,
  el('button', { type: 'submit', 'data-testid': 'range-apply' }, 'Apply'),
  (since || until) ? el('button', { type: 'button', 'data-testid': 'range-clear', onClick: () => go({ since: '', until: '' }) }, 'All dates') : null);
}

/** A hash route with query parameters, empty ones left out. */
export function routeHref(path, params) {
  const qs = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString();
  return '#/' + path + (qs ? '?' + qs : '');
}

export function quadLegend() {
  return el('div', { class: 'legend' }, [1, 2, 3, 4].map((q) =>
    el('span', null, el('span', { class: 'sw q' + q }), QUADS[q].name)));
}

export function kv(pairs) {
  const dl = el('dl', { class: 'kv' });
  for (const [k, v, testid] of pairs) {
    dl.appendChild(el('dt', null, k));
    dl.appendChild(el('dd', testid ? { 'data-testid': testid } : null, v === null || v === undefined || v === '' ? '—' : v));
  }
  return dl;
}

// ---------------------------------------------------------------- map

let worldCache = null;
export async function worldGeoJson() {
  if (!worldCache) {
    worldCache = fetch('world.geo.json').then((r) => {
      if (!r.ok) throw new Error('Base map world.geo.json: HTTP ' + r.status);
      return r.json();
    }).catch((e) => { worldCache = null; throw e; });
  }
  return worldCache;
}

// ---------------------------------------------------------------- small map

/**
 * A small Leaflet map of some places: points [{lat, lon, label, main}], the main one larger and
 * red. Returns the map's box; the map is removed when the page is left.
 */
export function smallMap(points, seq) {
  const box = el('div', { class: 'mini-map', 'data-testid': 'event-map' });
  if (typeof L === 'undefined') {
    box.appendChild(el('div', { class: 'empty' }, 'Leaflet did not load.'));
    return box;
  }
  requestAnimationFrame(() => {
    if (seq !== navSeq || !box.isConnected) return;
    const map = L.map(box, { zoomControl: true, attributionControl: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 });
    onLeave(() => map.remove());
    const group = L.featureGroup();
    for (const p of points) {
      const m = L.circleMarker([p.lat, p.lon], { radius: p.main ? 7 : 5, color: '#fff', weight: 1,
        fillColor: p.main ? '#c8373b' : '#2f5d8a', fillOpacity: 0.9, className: 'event-map-marker' });
      m.bindTooltip(String(p.label || ''));
      group.addLayer(m);
    }
    group.addTo(map);
    map.fitBounds(group.getBounds().pad(0.5), { maxZoom: 6, animate: false });
    group.eachLayer((m) => { const e = m.getElement && m.getElement(); if (e) e.setAttribute('data-testid', 'event-map-marker'); });
    worldGeoJson().then((world) => {
      if (seq !== navSeq) return;
      L.geoJSON(world, { interactive: false,
        style: () => ({ color: '#9aa7b4', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 }) }).addTo(map).bringToBack();
    }).catch(() => { /* the markers still show */ });
    map.invalidateSize();
  });
  return box;
}
