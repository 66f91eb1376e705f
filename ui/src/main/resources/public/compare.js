// Two technologies side by side (/api/compare?a=&b=).
import { api, query } from './api.js';
import { el, fill } from './dom.js';
import { evidenceList } from './evidence.js';

const ROWS = [
  ['suitedFor', 'Suited for', ''],
  ['notSuitedFor', 'NOT suited for', 'negative-text'],
  ['traits', 'Traits', ''],
  ['negativeTraits', 'Lacks (negative traits)', 'negative-text'],
  ['writtenInIt', 'Written in it', ''],
];

/** Compares a and b and renders into container. */
export async function compare(a, b, { container, style, onSelect, openDocument }) {
  fill(container, el('p', { class: 'muted', text: `Comparing ${a} and ${b}…` }));
  let result;
  try {
    result = await api(`/api/compare${query({ a, b })}`);
  } catch (e) {
    fill(container, el('p', { class: 'error', role: 'alert', text: e.message }),
      e.hints && e.hints.length ? el('p', { class: 'muted', text: `Close matches: ${e.hints.join(', ')}` }) : null);
    return;
  }
  const shared = result.shared || {};
  const sharedNames = new Set([...(shared.suitedFor || []), ...(shared.traits || [])].map((n) => n.toLowerCase()));
  const names = (list) => (list && list.length)
    ? el('ul', { class: 'names' }, list.map((n) => el('li', { class: sharedNames.has(n.toLowerCase()) ? 'shared' : '' },
      el('button', { type: 'button', class: 'link', text: n, onclick: () => onSelect(n, null) }))))
    : el('span', { class: 'muted', text: '—' });
  const head = (side) => {
    const k = style.kinds[side.kind];
    return el('th', { scope: 'col' },
      el('button', { type: 'button', class: 'link', text: side.name, onclick: () => onSelect(side.name, side.kind) }),
      ' ', el('span', { class: 'kind-badge', style: `--kind-color: ${k ? k.color : '#777'}`, text: k ? k.label : side.kind }));
  };
  fill(container,
    el('table', { class: 'compare' },
      el('thead', {}, el('tr', {}, el('td'), head(result.a), head(result.b))),
      el('tbody', {}, ROWS.map(([key, label, cls]) => el('tr', {},
        el('th', { scope: 'row', class: cls, text: label }), el('td', {}, names(result.a[key])), el('td', {}, names(result.b[key])))))),
    el('p', { class: 'meta' }, 'In common: ',
      [...(shared.suitedFor || []), ...(shared.traits || [])].join(', ') || 'nothing recorded'),
    el('h3', { text: 'Where the articles weigh them against each other' }),
    evidenceList(result.comparisons, [result.a.name, result.b.name], openDocument));
}
