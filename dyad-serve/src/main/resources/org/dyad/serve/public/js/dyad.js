/* The dyad page (#/dyad/SOURCE/TARGET): its conflict-cooperation timeline and its events; codes match by prefix, so ARM/AZE folds sectors and KENCOP/KENCVL keeps them. */

import {
  COLOR_CONFLICT,
  COLOR_COOP,
  COLOR_GOLDSTEIN,
  PAGE_SIZE,
  SORTS,
  api,
  append,
  clear,
  dyadHref,
  el,
  eventTable,
  fmtNum,
  isNum,
  load,
  mainEl,
  navSeq,
  quadSelect,
  replaceHash,
  sortSelect,
  str,
  onLeave,
} from './widgets.js';

// ---------------------------------------------------------------- dyad view

export async function renderDyad(seq, src, tgt, query) {
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
  onLeave(() => { window.removeEventListener('resize', onResize); if (chart) chart.destroy(); chart = null; });

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
      tableBox.appendChild(eventTable(res.items || [], { emptyText: 'No events for this dyad with these filters.', download: 'events-' + src + '-' + tgt }));
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
