/* The event page (#/event/ID): one report with its coding, evidence, place (a small map) and every report of its event. */

import {
  QUADS,
  api,
  append,
  articleHref,
  codeName,
  dyadHref,
  el,
  eventHref,
  fmtNum,
  goldstein,
  highlightLegend,
  highlightedSentence,
  isNum,
  kv,
  load,
  mainEl,
  maybeLink,
  navSeq,
  orDash,
  quadBadge,
  str,
  smallMap,
  tableBlock,
} from './widgets.js';

// ---------------------------------------------------------------- event view

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

export async function renderEvent(seq, id) {
  const root = el('section', { 'data-testid': 'event-view' });
  mainEl.appendChild(root);
  await load(seq, async () => {
    const res = await api('/api/events/' + encodeURIComponent(id));
    if (seq !== navSeq) return;
    const ev = res.event || {};
    const reports = Array.isArray(res.reports) ? res.reports : [];
    const copies = Array.isArray(res.copies) ? res.copies : [];
    // an event imported from GDELT: its mentions are its reports (the event's own row is the first of them)
    const mentions = Array.isArray(res.mentions) ? res.mentions : [];
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
          placesMap(ev, reports, seq),
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
        el('h2', null, 'Reports ', el('span', { class: 'sub' }, mentions.length > 0
          ? '(' + mentions.length + ' — the mentions imported with this GDELT event, in their file\'s order)'
          : '(' + (reports.length + copies.length)
          + ' — every article reporting this event, first report first; reprints are stored but not coded again)')),
        mentions.length > 0 ? mentionsTable(mentions) : reportsTable(reports, copies)),
    ]);
  }, 'Event');
}

/** A small map of the event's place (red) and the places of its other reports (blue), when any is located. */
function placesMap(ev, reports, seq) {
  const located = (r) => r && r.location && isNum(r.location.latitude) && isNum(r.location.longitude);
  const points = [];
  const seen = new Set();
  for (const r of [ev].concat(reports)) {
    if (!located(r)) continue;
    const key = r.location.latitude.toFixed(4) + ',' + r.location.longitude.toFixed(4);
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({ lat: r.location.latitude, lon: r.location.longitude, main: r === ev,
      label: (r.location.name || r.location.written || '') + (r === ev ? ' (this report)' : ' (another report)') });
  }
  return points.length > 0 ? smallMap(points, seq) : null;
}

const REPORT_COLUMNS = [['id', (r) => r.id], ['date', (r) => r.date], ['outlet', (r) => r.outlet], ['title', (r) => r.title],
  ['article', (r) => r.docId], ['sentence', (r) => r.sentenceText], ['cameo', (r) => r.code], ['goldstein', (r) => r.goldstein],
  ['fatalities', (r) => r.fatalities], ['place', (r) => r.location && r.location.name], ['near_duplicate_of', (r) => r.nearDuplicateOf]];

const MENTION_COLUMNS = [['date', (m) => m.date], ['outlet', (m) => m.outlet], ['url', (m) => m.url]];

/** The mentions of an event imported from GDELT: the documents GDELT found it in. */
function mentionsTable(mentions) {
  const body = el('tbody');
  mentions.forEach((m, i) => {
    body.appendChild(el('tr', { 'data-testid': 'mention-row' },
      el('td', { class: 'num' }, String(i + 1)),
      el('td', { class: 'nowrap' }, orDash(m.date)),
      el('td', null, orDash(m.outlet)),
      el('td', { class: 'title' }, m.url ? maybeLink(m.url, m.url, { 'data-testid': 'report-link' }) : '—')));
  });
  return tableBlock('mentions', el('table', { 'data-testid': 'mentions' },
    el('thead', null, el('tr', null, el('th', { class: 'num' }, '#'), el('th', null, 'Date'), el('th', null, 'Outlet'),
      el('th', null, 'Document'))),
    body), MENTION_COLUMNS, mentions);
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
  const rows = reports.concat(copies.map((c) => ({ id: c.hash, date: c.published, outlet: c.source, title: c.title, docId: c.id,
    nearDuplicateOf: 'a report above' })));
  return tableBlock('reports', el('table', { 'data-testid': 'reports' },
    el('thead', null, el('tr', null, el('th', { class: 'num' }, '#'), el('th', null, 'Date'), el('th', null, 'Outlet'),
      el('th', null, 'Title'), el('th', null, 'Sentence'), el('th', null, 'Code'),
      el('th', { class: 'num', title: 'people killed, as this report says' }, 'Killed'))),
    body), REPORT_COLUMNS, rows);
}
