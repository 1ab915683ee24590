/*
 * The map page (#/map): events placed by their text as markers, within a date range of publication
 * (since, until in the hash). Events with no place of their own (only an actor's country, method
 * actor-country) are listed apart below the map, never drawn at a country's centre as if placed.
 */

import {
  QUADS,
  api,
  append,
  el,
  eventHref,
  fmtG,
  fmtNum,
  isNum,
  load,
  mainEl,
  navSeq,
  orDash,
  showError,
  str,
  worldGeoJson,
  onLeave,
  dateRangeForm,
  routeHref,
} from './widgets.js';

export async function renderMap(seq, query) {
  const root = el('section', { 'data-testid': 'map-view' });
  const mapBox = el('div', { class: 'map', id: 'map', 'data-testid': 'map' });
  const countInfo = el('span', { class: 'sub', 'data-testid': 'map-count' });
  const unplacedBox = el('section', { class: 'unplaced', 'data-testid': 'map-unplaced' });
  const go = (changes) => {
    const params = {};
    for (const k of ['since', 'until', 'source', 'target', 'actor', 'quad', 'plover']) params[k] = query.get(k) || '';
    location.hash = routeHref('map', Object.assign(params, changes));
  };
  append(root, [
    el('h1', null, 'Map of located events ', countInfo),
    dateRangeForm(query.get('since'), query.get('until'), go),
    el('div', { class: 'legend' }, [1, 2, 3, 4].map((q) =>
      el('span', null, el('span', { class: 'sw q' + q }), QUADS[q].name)).concat([
      el('span', null, el('span', { class: 'sw ring' }), 'country only (named in the text)')])),
    mapBox,
    unplacedBox,
  ]);
  mainEl.appendChild(root);
  if (typeof L === 'undefined') { showError('Leaflet did not load (/webjars/leaflet/1.9.4/dist/leaflet.js).'); return; }

  const map = L.map(mapBox, {
    worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
    maxBounds: [[-85, -200], [85, 200]], preferCanvas: false,
  }).setView([25, 15], 2);
  map.attributionControl.addAttribution('Borders: Natural Earth (public domain)');
  onLeave(() => map.remove());

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
      const located = (res.items || []).filter((ev) => ev.location && isNum(ev.location.latitude) && isNum(ev.location.longitude));
      const items = located.filter(placedByText);
      const apart = located.filter((ev) => !placedByText(ev));
      countInfo.textContent = '(' + items.length + ' placed' + (apart.length > 0 ? ', ' + apart.length + ' without a place of their own' : '')
        + (isNum(res.total) && res.total > located.length ? '; first ' + located.length + ' of ' + fmtNum(res.total) : '') + ')';
      renderUnplaced(unplacedBox, apart);
      const group = L.featureGroup();
      for (const ev of items) {
        const q = QUADS[ev.quadClass];
        const color = q ? q.color : '#666';
        const countryOnly = precisionOf(ev) === 'country';
        const m = L.circleMarker([ev.location.latitude, ev.location.longitude], {
          radius: 5 + Math.min(5, Math.max(0, (ev.reports || 1) - 1)),
          color: countryOnly ? color : '#fff', weight: countryOnly ? 2 : 1, fillColor: color, fillOpacity: countryOnly ? 0.15 : 0.85,
          className: 'event-marker quad-' + (q ? ev.quadClass : 0) + ' precision-' + precisionOf(ev),
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

/** The precision of an event's place, lower case: city, admin1, feature, country or none. */
function precisionOf(ev) {
  return String((ev.location && ev.location.precision) || 'none').toLowerCase();
}

/** Whether the text placed the event: not an actor's country taken for want of a place (method actor-country). */
function placedByText(ev) {
  return ev.location && ev.location.method !== 'actor-country' && precisionOf(ev) !== 'none';
}

/** The events with no place of their own, as a list beside the map (their country is an actor's, not a place). */
function renderUnplaced(box, events) {
  box.replaceChildren();
  if (events.length === 0) return;
  append(box, [
    el('h2', null, 'Not placed by their text (' + events.length + ')'),
    el('p', { class: 'sub' }, 'No place is named for these events; the country shown is an actor\'s, so they are not drawn on the map.'),
    el('ul', { class: 'unplaced-list' }, events.map((ev) => el('li', { 'data-testid': 'unplaced-event' },
      el('a', { href: eventHref(ev.id) }, orDash(ev.source && ev.source.code), ' → ', orDash(ev.target && ev.target.code), ' ',
        el('code', null, orDash(ev.code))),
      ' · ', orDash(ev.date), ' · ', orDash(ev.location && ev.location.country), ' (', str(ev.location && ev.location.method), ') ',
      el('span', { class: 'sub' }, ev.title || '')))),
  ]);
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
      ev.location && ev.location.country ? ' (' + ev.location.country + ')' : '', ' · ', precisionOf(ev)),
    el('div', null, el('a', { href: eventHref(ev.id), 'data-testid': 'map-popup-link' }, 'event details →')));
}
