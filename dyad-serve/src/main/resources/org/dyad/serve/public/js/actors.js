/*
 * The actor lookup page (#/actors?q=NAME): actors found by name ("Hamas", "Putin", "European
 * Union") in the dictionaries' names and the news' mentions, or by code, each with links to its
 * events and its most active dyads.
 */
import {
  api,
  append,
  el,
  fmtNum,
  load,
  mainEl,
  navSeq,
  orDash,
  routeHref,
  str,
  tableBlock,
} from './widgets.js';

const ACTOR_COLUMNS = [['code', (a) => a.code], ['name', (a) => a.name], ['mention', (a) => a.mention], ['country', (a) => a.country],
  ['sector', (a) => a.sector], ['as_source', (a) => a.asSource], ['as_target', (a) => a.asTarget]];

export async function renderActors(seq, query) {
  const q = (query.get('q') || '').trim();
  const input = el('input', { type: 'search', name: 'q', value: q, placeholder: 'a name: Hamas, Putin, European Union… or a code',
    'data-testid': 'actors-search', 'aria-label': 'actor name' });
  const form = el('form', { class: 'search', onSubmit: (e) => { e.preventDefault(); location.hash = routeHref('actors', { q: input.value.trim() }); } },
    input, el('button', { type: 'submit', 'data-testid': 'actors-submit' }, 'Look up'));
  const box = el('div');
  append(mainEl, [el('section', { 'data-testid': 'actors-view' }, el('h1', null, 'Actors'), el('div', { class: 'panel' }, form, box))]);
  if (!q) {
    box.appendChild(el('p', { class: 'muted' }, 'Type a name as the news writes it or as the dictionaries name the actor.'));
    return;
  }
  await load(seq, async () => {
    const actors = await api('/api/actors', { q, limit: 50 });
    if (seq !== navSeq) return;
    const body = el('tbody');
    for (const a of actors) {
      body.appendChild(el('tr', { 'data-testid': 'actor-row', 'data-code': str(a.code) },
        el('td', null, el('span', { class: 'actor' }, str(a.code))),
        el('td', { class: 'title' }, orDash(a.name), a.mention && a.mention !== a.name ? el('div', { class: 'muted' }, '“' + a.mention + '”') : null),
        el('td', { class: 'nowrap' }, orDash(a.country), a.sector ? ' / ' + a.sector : ''),
        el('td', { class: 'num' }, fmtNum(a.asSource)),
        el('td', { class: 'num' }, fmtNum(a.asTarget)),
        el('td', null,
          el('a', { href: routeHref('events', { actor: a.code }), 'data-testid': 'actor-events-link' }, 'events'), ' · ',
          el('a', { href: routeHref('events', { source: a.code }) }, 'as source'), ' · ',
          el('a', { href: routeHref('events', { target: a.code }) }, 'as target'))));
    }
    if (actors.length === 0) body.appendChild(el('tr', null, el('td', { colspan: 6, class: 'empty' }, 'No actor named “' + q + '” acts in the stored events.')));
    box.appendChild(tableBlock('actors-' + q, el('table', { 'data-testid': 'actor-table' },
      el('thead', null, el('tr', null, el('th', null, 'Code'), el('th', null, 'Name'), el('th', null, 'Country / sector'),
        el('th', { class: 'num', title: 'events it is the source of' }, 'As source'),
        el('th', { class: 'num', title: 'events it is the target of' }, 'As target'), el('th', null, 'Events'))), body),
    ACTOR_COLUMNS, actors));
  }, 'Actors');
}
