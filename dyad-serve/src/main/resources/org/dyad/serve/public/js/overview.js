/*
 * The overview page (#/): store counts, the most active dyads (of countries by default, or of
 * whole actor codes; a sector filter), the alerts as of a day, and the latest events, all within a date range
 * kept in the hash (since, until, level, sector, window).
 */
import {
  api,
  append,
  dateRangeForm,
  downloadButtons,
  dyadHref,
  el,
  eventTable,
  fmtNum,
  goldstein,
  goldsteinBar,
  isNum,
  load,
  mainEl,
  navSeq,
  orDash,
  quadCounts,
  quadLegend,
  routeHref,
  str,
  tableBlock,
  today,
} from './widgets.js';

/** Sectors offered as a filter of the dyads (CAMEO agent codes). */
const SECTORS = [['', 'all sectors'], ['GOV', 'GOV government'], ['MIL', 'MIL military'], ['COP', 'COP police'],
  ['REB', 'REB rebels'], ['OPP', 'OPP opposition'], ['CVL', 'CVL civilians'], ['JUD', 'JUD judiciary'], ['LEG', 'LEG legislature'],
  ['BUS', 'BUS business'], ['MED', 'MED media'], ['SPY', 'SPY intelligence'], ['IGO', 'IGO organizations']];
const WINDOWS = ['1', '2', '3', '4', '6', '8', '12'];

const DYAD_COLUMNS = [['source', (d) => d.source], ['target', (d) => d.target], ['events', (d) => d.events],
  ['mean_goldstein', (d) => d.meanGoldstein], ['total_goldstein', (d) => d.totalGoldstein],
  ['verbal_cooperation', (d) => d.verbalCooperation], ['material_cooperation', (d) => d.materialCooperation],
  ['verbal_conflict', (d) => d.verbalConflict], ['material_conflict', (d) => d.materialConflict], ['reports', (d) => d.reports],
  ['fatalities', (d) => d.fatalities]];
const ALERT_COLUMNS = [['source', (a) => a.source], ['target', (a) => a.target], ['since', (a) => a.since], ['until', (a) => a.until],
  ['z', (a) => a.z], ['recent_mean', (a) => a.recentMean], ['baseline_mean', (a) => a.baselineMean], ['baseline_sd', (a) => a.baselineSd],
  ['recent_events', (a) => a.recentEvents]];

export async function renderOverview(seq, query) {
  const state = {
    since: query.get('since') || '',
    until: query.get('until') || '',
    level: query.get('level') === 'sector' ? 'sector' : 'country',
    sector: /^[A-Z]{3}$/.test(query.get('sector') || '') ? query.get('sector') : '',
    window: WINDOWS.includes(query.get('window')) ? query.get('window') : '',
  };
  const go = (changes) => {
    const next = Object.assign({}, state, changes);
    if (next.level === 'country') next.level = '';
    location.hash = routeHref('', next);
  };
  const levelBox = el('select', { 'data-testid': 'level-select', 'aria-label': 'level',
    title: 'country: ARM, ARMMIL and ARMGOV are one actor; sector: whole actor codes (KENCOP → KENCVL)' },
  el('option', { value: 'country', selected: state.level === 'country' }, 'countries (sectors folded)'),
  el('option', { value: 'sector', selected: state.level === 'sector' }, 'actors with sectors'));
  const sectorBox = el('select', { 'data-testid': 'sector-select', 'aria-label': 'sector' },
    SECTORS.map(([v, label]) => el('option', { value: v, selected: v === state.sector }, label)));
  levelBox.addEventListener('change', () => go({ level: levelBox.value }));
  sectorBox.addEventListener('change', () => go({ sector: sectorBox.value }));

  const root = el('section', { 'data-testid': 'overview' });
  const statsBox = el('div', { class: 'stats', 'data-testid': 'stats' });
  const dyadPanel = el('div', { class: 'panel' }, el('h2', null, 'Most active dyads'),
    el('div', { class: 'controls' }, el('label', null, 'Level', levelBox), el('label', null, 'Sector', sectorBox)));
  const asOf = state.until || today();
  const windowBox = el('select', { 'data-testid': 'alert-window', 'aria-label': 'alert window' },
    el('option', { value: '' }, 'default'), WINDOWS.map((w) => el('option', { value: w, selected: w === state.window }, w + ' wk')));
  windowBox.addEventListener('change', () => go({ window: windowBox.value }));
  const alertPanel = el('div', { class: 'panel' },
    el('h2', null, 'Alerts ', el('span', { class: 'sub', 'data-testid': 'alerts-as-of' }, 'as of ' + asOf + (state.until ? '' : ' (today)'))),
    el('div', { class: 'controls' }, el('label', null, 'Window', windowBox),
      el('span', { class: 'muted' }, 'escalation vs the dyad\'s own baseline; the end of the date range is the as-of day')));
  const eventsPanel = el('div', { class: 'panel' }, el('h2', null, 'Latest events'));
  append(root, [
    el('h1', null, 'Overview'),
    dateRangeForm(state.since, state.until, go),
    statsBox,
    el('div', { class: 'grid2' }, dyadPanel, alertPanel),
    eventsPanel,
  ]);
  mainEl.appendChild(root);

  let lastEventDate = null;
  const p1 = load(seq, async () => {
    const s = await api('/api/stats');
    if (seq !== navSeq) return;
    lastEventDate = typeof s.lastEventDate === 'string' ? s.lastEventDate : null;
    const named = [['articles', 'Articles'], ['nearDuplicates', 'Near-duplicates'], ['events', 'Events'], ['reports', 'Reports'],
      ['undatedEvents', 'Undated events']];
    for (const [key, label] of named) {
      if (!isNum(s[key])) continue;
      statsBox.appendChild(el('div', { class: 'stat', 'data-testid': 'stat-' + key },
        el('div', { class: 'num' }, fmtNum(s[key])), el('div', { class: 'lbl' }, label)));
    }
    if (s.firstEventDate || s.lastEventDate) {
      statsBox.appendChild(el('div', { class: 'stat', 'data-testid': 'stat-dates' },
        el('div', { class: 'num small' }, orDash(s.firstEventDate) + ' – ' + orDash(s.lastEventDate)), el('div', { class: 'lbl' }, 'Dates of the acts')));
    }
  }, 'Store counts');

  const p2 = load(seq, async () => {
    const dyads = await api('/api/dyads', { top: 20, since: state.since, until: state.until, level: state.level, sector: state.sector });
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
    if (dyads.length === 0) body.appendChild(el('tr', null, el('td', { colspan: 6, class: 'empty' }, 'No dyads in this range.')));
    dyadPanel.appendChild(tableBlock('dyads', el('table', { 'data-testid': 'dyad-table' },
      el('thead', null, el('tr', null,
        el('th', null, 'Source → target'), el('th', { class: 'num' }, 'Events'),
        el('th', { class: 'num' }, 'Mean GS'), el('th', { class: 'num' }, 'Total'),
        el('th', { title: 'verbal cooperation / material cooperation / verbal conflict / material conflict' }, 'Quad classes'),
        el('th', { class: 'num', title: 'people killed: each event\'s largest reported figure, summed over events' }, 'Killed'))),
      body), DYAD_COLUMNS, dyads));
    dyadPanel.appendChild(quadLegend());
  }, 'Dyads');

  const p3 = load(seq, async () => {
    const alerts = await api('/api/alerts', { as_of: asOf, level: state.level, window: state.window });
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
      el('span', { class: 'since' }, orDash(a.since) + ' – ' + orDash(a.until)),
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
    if (alerts.length === 0) list.appendChild(el('li', { class: 'empty' }, 'No alerts as of ' + asOf + '.'));
    alertPanel.appendChild(el('div', { class: 'table-tools' }, downloadButtons('alerts-' + asOf, ALERT_COLUMNS, alerts)));
    alertPanel.appendChild(list);
    await p1;
    if (seq === navSeq && alerts.length === 0 && lastEventDate && lastEventDate < asOf) {
      // A historical store: the window of today holds none of its events. Offer its last day.
      alertPanel.appendChild(el('p', { class: 'muted', 'data-testid': 'alerts-hint' }, 'The store\'s events end on ' + lastEventDate + ': ',
        el('a', { href: routeHref('', Object.assign({}, state, { until: lastEventDate })), 'data-testid': 'alerts-latest' },
          'alerts as of ' + lastEventDate + ' →')));
    }
  }, 'Alerts');

  const p4 = load(seq, async () => {
    const page = await api('/api/events', { size: 15, sort: 'newest', since: state.since, until: state.until });
    if (seq !== navSeq) return;
    eventsPanel.appendChild(eventTable(page.items || [], { download: 'latest-events' }));
    eventsPanel.appendChild(el('div', { class: 'muted' }, fmtNum(page.total) + ' events' + (state.since || state.until ? ' in this range.' : ' in the store.')));
  }, 'Latest events');

  await Promise.all([p1, p2, p3, p4]);
}
