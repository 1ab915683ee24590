/* The article pages: the stored articles (#/articles, searched by words) and one article with its text and events (#/article/HASH). */

import {
  api,
  append,
  articleHref,
  el,
  eventTable,
  fmtNum,
  isNum,
  kv,
  load,
  mainEl,
  maybeLink,
  navSeq,
  orDash,
  pager,
  tableBlock,
} from './widgets.js';

// ---------------------------------------------------------------- articles

const ARTICLE_COLUMNS = [['hash', (a) => a.hash], ['published', (a) => a.published], ['source', (a) => a.source],
  ['title', (a) => a.title], ['id', (a) => a.id], ['events', (a) => a.events], ['duplicate_of', (a) => a.duplicateOf]];

export async function renderArticles(seq, query) {
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
      tableBlock('articles', el('table', { 'data-testid': 'article-table' },
        el('thead', null, el('tr', null, el('th', null, 'Published'), el('th', null, 'Source'), el('th', null, 'Title'),
          el('th', null, 'Id'), el('th', { class: 'num' }, 'Events'))), body), ARTICLE_COLUMNS, res.items || []),
      pager(page, pages, (n) => go(n, q), ' · ' + fmtNum(total) + ' articles'),
    ]);
  }, 'Articles');
}

export async function renderArticle(seq, hash) {
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
        eventTable(Array.isArray(res.events) ? res.events : [], { download: 'article-events' })),
    ]);
  }, 'Article');
}
