/* The event search page (#/events): filters in the hash, one page of events. */

import {
  PAGE_SIZE,
  SORTS,
  api,
  append,
  el,
  eventTable,
  fmtNum,
  isNum,
  load,
  mainEl,
  navSeq,
  pager,
  quadSelect,
  sortSelect,
} from './widgets.js';

// ---------------------------------------------------------------- event search

/** The modalities the event search offers: asserted (the default, the events that count), all, or one. */
const MODALITIES = ['asserted', 'all', 'negated', 'hypothetical', 'conditional', 'intended', 'future', 'historical', 'denied'];

/** Where events come from: all, coded by Dyad, or imported from one data set (dyad import). */
const PROVENANCES = [['', 'all'], ['dyad', 'coded by Dyad'], ['gdelt', 'GDELT'], ['acled', 'ACLED'], ['polecat', 'POLECAT']];

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

export async function renderEvents(seq, query) {
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
  const provenance = PROVENANCES.some(([p]) => p && p === query.get('provenance')) ? query.get('provenance') : '';
  const provenanceBox = el('select', { name: 'provenance', 'data-testid': 'filter-provenance', 'aria-label': 'provenance',
    title: 'coded by Dyad from articles, or imported from another data set' },
    PROVENANCES.map(([p, label]) => el('option', { value: p, selected: p === provenance }, label)));
  const go = (p) => {
    const qs = new URLSearchParams();
    for (const [name] of EVENT_FILTERS) if (inputs[name].value.trim()) qs.set(name, inputs[name].value.trim());
    if (quadBox.value) qs.set('quad', quadBox.value);
    if (sortBox.value !== 'newest') qs.set('sort', sortBox.value);
    if (modalityBox.value !== 'asserted') qs.set('modality', modalityBox.value);
    if (provenanceBox.value) qs.set('provenance', provenanceBox.value);
    if (p > 1) qs.set('page', String(p));
    const s = qs.toString();
    location.hash = '#/events' + (s ? '?' + s : '');
  };
  const form = el('form', { class: 'filters', 'data-testid': 'event-filters', onSubmit: (e) => { e.preventDefault(); go(1); } },
    fields, el('label', null, 'Quad ', quadBox), el('label', null, 'Modality ', modalityBox),
    el('label', null, 'Provenance ', provenanceBox), el('label', null, 'Sort ', sortBox),
    el('button', { type: 'submit', 'data-testid': 'filter-submit' }, 'Search'));
  const box = el('div');
  const root = el('section', { 'data-testid': 'events-view' });
  append(root, [el('h1', null, 'Events'), el('div', { class: 'panel' }, form, box)]);
  mainEl.appendChild(root);
  await load(seq, async () => {
    const params = { sort, page, size: PAGE_SIZE, quad: quad || null, modality: modality === 'asserted' ? null : modality,
      provenance: provenance || null };
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
