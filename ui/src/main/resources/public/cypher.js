// A small read-only Cypher console (POST /api/cypher): results as a table, and as a graph when they hold nodes.
import { api } from './api.js';
import { el, fill } from './dom.js';

const KIND_ORDER = ['Runtime', 'Language', 'Framework', 'Library', 'Tool', 'UseCase', 'Trait'];

function isNode(v) { return v && typeof v === 'object' && v._type === 'node'; }
function isRelationship(v) { return v && typeof v === 'object' && v._type === 'relationship'; }

function kindOf(node) {
  const props = node.properties || {};
  if (props.kind) return props.kind;
  return KIND_ORDER.find((k) => (node.labels || []).includes(k)) || (node.labels || [])[0] || 'Other';
}

function describe(value) {
  if (value == null) return 'null';
  if (isNode(value)) {
    const p = value.properties || {};
    const name = p.name ?? p.title ?? p.text ?? p.id ?? value.id;
    return `(:${(value.labels || []).join(':')} ${String(name)})`;
  }
  if (isRelationship(value)) {
    const p = value.properties || {};
    return `[:${value.type}${p.polarity === 'negative' ? ' NOT' : ''}]`;
  }
  if (value._type === 'path') return `path of ${(value.relationships || []).length} step(s)`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Nodes and relationships anywhere in the rows, as Cytoscape elements. */
export function toElements(rows) {
  const nodes = new Map();
  const edges = new Map();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isNode(v)) {
      const p = v.properties || {};
      nodes.set(v.id, { data: { id: `c:${v.id}`, name: String(p.name ?? p.title ?? p.id ?? v.id), kind: kindOf(v),
        mentions: p.mentions ?? 1, aliases: p.aliases || [] } });
    } else if (isRelationship(v)) {
      const p = v.properties || {};
      edges.set(v.id, { data: { id: `c:r:${v.id}`, source: `c:${v.start}`, target: `c:${v.end}`, type: v.type,
        polarity: p.polarity || 'positive', qualifier: p.qualifier ?? null, weight: p.weight ?? 1 } });
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(rows);
  for (const e of edges.values()) {
    // an endpoint the query did not return is drawn as a small unnamed stub
    for (const end of [e.data.source, e.data.target]) {
      const id = end.slice(2);
      if (!nodes.has(id)) nodes.set(id, { data: { id: end, name: '…', kind: 'Other', mentions: 0 } });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Runs the query and renders the table; returns the graph elements in the result (possibly empty). */
export async function runCypher(text, container) {
  fill(container, el('p', { class: 'muted', text: 'Running…' }));
  let result;
  try {
    result = await api('/api/cypher', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: text, params: {} }),
    });
  } catch (e) {
    fill(container, el('p', { class: 'error', role: 'alert', text: e.status === 403
      ? `Refused: ${e.message} (the console is read-only)` : e.message }));
    return { nodes: [], edges: [] };
  }
  const columns = result.columns || [];
  const rows = result.rows || [];
  fill(container,
    el('p', { class: 'meta', text: `${rows.length} row${rows.length === 1 ? '' : 's'}${result.truncated ? ' (cut off at the row cap)' : ''}` }),
    el('div', { class: 'table-wrap' }, el('table', { class: 'results' },
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: c })))),
      el('tbody', {}, rows.map((row) => el('tr', {}, row.map((v) => el('td', { text: describe(v) }))))))));
  return toElements(rows);
}
