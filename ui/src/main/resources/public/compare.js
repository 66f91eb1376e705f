// Compare as a reading table (/api/compare for the names and the sentences that weigh them, each side's
// facts from /api/entities): one row group per relationship type, a column per technology, facts both
// share on one line, each cell with its stance, its evidence count and the sentences one click away.
import { api, query, segment } from './api.js';
import { el, fill } from './dom.js';
import { evidenceList } from './evidence.js';

const ORDER = ['SUITED_FOR', 'HAS_TRAIT', 'WRITTEN_IN', 'RUNS_ON', 'COMPILES_TO', 'USED_WITH', 'COMPARED_WITH', 'PART_OF'];

function typeLabel(style, type, direction) {
  const t = style.types[type];
  const label = t ? t.label : String(type).toLowerCase().replaceAll('_', ' ');
  return direction === 'in' ? `${label} it (others)` : label;
}

/** Facts of an entity by "TYPE|direction", then by the other entity's name (lower case). */
function factsOf(entity) {
  const out = new Map();
  for (const group of entity.groups || []) {
    const key = `${group.type}|${group.direction}`;
    if (!out.has(key)) out.set(key, new Map());
    for (const rel of group.relationships || []) {
      const name = String(rel.other && rel.other.name);
      const id = `${name.toLowerCase()}|${rel.polarity || 'positive'}`;
      out.get(key).set(id, { ...rel, name, kind: rel.other && rel.other.kind });
    }
  }
  return out;
}

/** Compares a and b and renders into container; returns {a, b} (name and kind of each) or null. */
export async function compare(a, b, { container, style, onSelect, openDocument }) {
  fill(container, el('p', { class: 'muted', text: `Comparing ${a} and ${b}…` }));
  let result;
  let left;
  let right;
  try {
    result = await api(`/api/compare${query({ a, b })}`);
    // more facts per group than the entity page shows, so a fact both share is seldom cut from one side
    [left, right] = await Promise.all([
      api(`/api/entities/${segment(result.a.kind)}/${segment(result.a.name)}${query({ limit: 100 })}`),
      api(`/api/entities/${segment(result.b.kind)}/${segment(result.b.name)}${query({ limit: 100 })}`)]);
  } catch (e) {
    fill(container, el('p', { class: 'error', role: 'alert', text: e.message }),
      e.hints && e.hints.length ? el('p', {}, 'Did you mean: ', e.hints.map((h, i) => [i ? ', ' : '',
        el('button', { type: 'button', class: 'link', text: String(h), onclick: () => onSelect(String(h).replace(/ \([^)]*\)$/, ''), null) })])) : null);
    return null;
  }
  const factsA = factsOf(left);
  const factsB = factsOf(right);
  const keys = [...new Set([...factsA.keys(), ...factsB.keys()])].sort((x, y) => {
    const [tx, dx] = x.split('|');
    const [ty, dy] = y.split('|');
    return (ORDER.indexOf(tx) - ORDER.indexOf(ty)) || dx.localeCompare(dy);
  });
  const names = [left.name, ...(left.aliases || []), right.name, ...(right.aliases || [])];
  let shared = 0;
  const cell = (fact) => {
    if (!fact) return el('td', { class: 'empty', text: '—' });
    const negative = fact.polarity === 'negative';
    const count = (fact.evidence || []).length;
    const sentences = el('div', { class: 'sentences', hidden: true },
      evidenceList(fact.evidence, [...names, fact.name], openDocument));
    const toggle = el('button', { type: 'button', class: 'evidence-toggle', 'aria-expanded': 'false',
      title: 'Show the sentences that state it',
      text: `${fact.weight || count} ${(fact.weight || count) === 1 ? 'sentence' : 'sentences'}`,
      onclick: () => {
        sentences.hidden = !sentences.hidden;
        toggle.setAttribute('aria-expanded', String(!sentences.hidden));
      } });
    return el('td', {},
      el('div', { class: 'fact' },
        el('button', { type: 'button', class: 'link', text: fact.name, onclick: () => onSelect(fact.name, fact.kind) }),
        el('span', { class: negative ? 'stance negative' : 'stance', text: negative ? 'NOT' : 'says so' }),
        fact.stance && fact.stance.verdict === 'contested'
          ? el('span', { class: 'badge', title: `${fact.stance.documentsFor} document(s) for, ${fact.stance.documentsAgainst} against`, text: 'contested' }) : null,
        fact.qualifier ? el('span', { class: 'badge qualifier', text: fact.qualifier }) : null,
        toggle),
      sentences);
  };
  const groups = keys.map((key) => {
    const [type, direction] = key.split('|');
    const ma = factsA.get(key) || new Map();
    const mb = factsB.get(key) || new Map();
    const both = [...ma.keys()].filter((k) => mb.has(k));
    shared += both.length;
    const onlyA = [...ma.keys()].filter((k) => !mb.has(k));
    const onlyB = [...mb.keys()].filter((k) => !ma.has(k));
    const rows = both.map((k) => el('tr', { class: 'shared' }, cell(ma.get(k)), cell(mb.get(k))));
    const n = Math.max(onlyA.length, onlyB.length);
    for (let i = 0; i < n; i++) rows.push(el('tr', {}, cell(ma.get(onlyA[i])), cell(mb.get(onlyB[i]))));
    return el('tbody', { 'data-type': type, 'data-direction': direction },
      el('tr', {}, el('th', { scope: 'rowgroup', colspan: '2',
        text: `${typeLabel(style, type, direction)} · ${ma.size} / ${mb.size}${both.length ? ` · ${both.length} shared` : ''}` })),
      rows);
  });
  const head = (side) => {
    const k = style.kinds[side.kind];
    return el('th', { scope: 'col' },
      el('button', { type: 'button', class: 'link', text: side.name, onclick: () => onSelect(side.name, side.kind) }),
      ' ', el('span', { class: 'kind-badge', style: `--kind-color: ${k ? k.color : '#777'}`, text: k ? k.label : side.kind }));
  };
  fill(container,
    el('p', { class: 'meta', text: `${shared} facts in common (green rows, lined up); each count opens the sentences.` }),
    el('table', { class: 'compare-table' },
      el('thead', {}, el('tr', {}, head(result.a), head(result.b))),
      groups),
    el('h3', { text: 'Where the articles weigh them against each other' }),
    evidenceList(result.comparisons, [result.a.name, result.b.name], openDocument));
  return { a: result.a, b: result.b };
}
