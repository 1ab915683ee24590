/*
 * The dashboard's entry module: routes the hash (#/, #/events, #/dyad/A/B, #/event/ID, #/map,
 * #/actors, #/articles, #/article/HASH) to the page modules, and wires the header forms.
 */
import { renderActors } from './actors.js';
import { renderArticle, renderArticles } from './articles.js';
import { renderDyad } from './dyad.js';
import { renderEvent } from './event.js';
import { renderEvents } from './events.js';
import { renderMap } from './map.js';
import { renderOverview } from './overview.js';
import {
  append,
  beginNavigation,
  clear,
  clearErrors,
  dyadHref,
  el,
  eventHref,
  idle,
  loadCodes,
  mainEl,
  navSeq,
  parseHash,
  routeHref,
  setReady,
  showError,
} from './widgets.js';

function renderNotFound(seq, parts) {
  append(mainEl, [el('h1', null, 'Not found'), el('p', null, 'No page "/' + parts.join('/') + '". ', el('a', { href: '#/' }, 'Go to the overview.'))]);
}

function route() {
  beginNavigation();
  clearErrors();
  clear(mainEl);
  setReady(false);
  const { parts, query } = parseHash();
  const seq = navSeq;
  let page = 'overview';
  let render = renderOverview;
  let args = [query];
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
  } else if (parts[0] === 'actors') {
    page = 'actors'; render = renderActors; args = [query];
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
    .finally(() => { if (seq === navSeq && idle()) setReady(true); });
}

document.getElementById('dyad-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const f = e.currentTarget;
  const s = f.elements.source.value.trim().toUpperCase();
  const t = f.elements.target.value.trim().toUpperCase();
  if (s && t) location.hash = dyadHref(s, t);
});
document.getElementById('actor-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = e.currentTarget.elements.q.value.trim();
  if (q) location.hash = routeHref('actors', { q });
});
document.getElementById('event-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const id = e.currentTarget.elements.id.value.trim();
  if (id) location.hash = eventHref(id);
});

window.addEventListener('hashchange', route);
route();
