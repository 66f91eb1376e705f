// TechGraph page: wires the modules together and keeps the view in step with the URL.
import { api, query } from './api.js';
import { el, fill, download } from './dom.js';
import { readState, writeState, hiddenKinds as hiddenOf, MAX_DEPTH, MAX_LIMIT } from './state.js';
import { GraphView } from './graph.js';
import { Details } from './details.js';
import { buildLegend, showCounts, syncLegend } from './legend.js';
import { setupSearch, setupSuggestions } from './search.js';
import { ask } from './ask.js';
import { compare } from './compare.js';
import { NodeList } from './nodelist.js';
import { runCypher } from './cypher.js';
import { setupImport } from './upload.js';

const $ = (id) => document.getElementById(id);
const TABS = ['details', 'list', 'ask', 'compare', 'cypher', 'import'];
const EXAMPLE_CYPHER = `MATCH (t:Entity)-[r:SUITED_FOR]->(u:UseCase)
RETURN t, r, u LIMIT 25`;

let state = readState();
let style;
let graph;
let details;
let nodeList;
let lastView = { total: 0, truncated: false };
let cypherElements = { nodes: [], edges: [] };
/** node id → ids of the nodes its expansion added (so Collapse can take exactly those away again) */
const expansions = new Map();

function message(text) {
  $('message').textContent = text || '';
}

function hiddenKinds() { return new Set(hiddenOf(state)); }
function hiddenTypes() { return new Set(state.types); }

function applyFilters() {
  graph.filter({ hiddenKinds: hiddenKinds(), hiddenTypes: hiddenTypes(), polarity: state.polarity });
  graph.cullLabels();
  updateStatus();
  nodeList.refresh();
}

function updateStatus() {
  const cy = graph.cy;
  const shown = cy.nodes().not('.filtered').length;
  const facts = cy.edges().not('.filtered').length;
  const hidden = cy.nodes().length - shown;
  const parts = [`${shown} entities, ${facts} facts in view`];
  if (state.focus) parts.push(`around “${state.focus}” (depth ${state.depth})`);
  if (hidden) parts.push(`${hidden} hidden by filters`);
  if (lastView.truncated) {
    parts.push(`showing ${cy.nodes().length} of ${lastView.total} entities — the ${lastView.total - cy.nodes().length} least mentioned are left out${lastView.leftOut ? ` (${lastView.leftOut})` : ''}`);
  }
  $('status').textContent = parts.join(' · ');
  $('load-more').hidden = !lastView.truncated || state.limit >= MAX_LIMIT;
  $('load-more').textContent = `Show more (up to ${Math.min(MAX_LIMIT, state.limit * 2)})`;
  if (lastView.truncated && state.limit >= MAX_LIMIT) parts.push('filter by kind or focus an entity to see the rest');
  showCounts($('kind-filters'), graph.countByKind());
}

/** The kinds the overview asks the server for (all but the hidden ones), or null for all. */
function requestedKinds() {
  const hidden = hiddenKinds();
  if (hidden.size === 0) return null;
  return Object.keys(style.kinds).filter((k) => !hidden.has(k)).join(',') || null;
}

/** The graph around a focus (the server puts the focus first) or the overview of the most mentioned. */
async function fetchGraph(focus, depth, limit, kinds = null) {
  const body = await api(`/api/graph${query(focus ? { focus, depth, limit } : { limit, kind: kinds })}`);
  const nodes = body.nodes || [];
  const edges = body.edges || [];
  const start = focus && nodes.length ? nodes[0] : null;
  return { nodes, edges, start, total: body.total ?? nodes.length, truncated: !!body.truncated };
}

/** Loads the view the state asks for: the overview (up to the limit) or the neighbourhood of the focus. */
async function loadView() {
  $('status').textContent = 'Loading the graph…';
  let view;
  try {
    view = await fetchGraph(state.focus, state.depth, state.limit, state.focus ? null : requestedKinds());
  } catch (e) {
    $('status').textContent = `Could not load the graph: ${e.message}`;
    if (e.hints && e.hints.length) message(`Did you mean: ${e.hints.join(', ')}?`);
    return;
  }
  message('');
  lastView = { total: view.total, truncated: view.truncated };
  expansions.clear();
  graph.show(view.nodes, view.edges, view.start ? view.start.data.id : null);
  const focusNode = view.start ? graph.cy.getElementById(view.start.data.id) : null;
  if (focusNode) focusNode.addClass('focus');
  applyFilters();
  $('depth').textContent = String(state.depth);
  $('depth-less').disabled = !state.focus || state.depth <= 1;
  $('depth-more').disabled = !state.focus || state.depth >= MAX_DEPTH;
  $('depth-more').title = state.depth >= MAX_DEPTH ? `The server draws at most ${MAX_DEPTH} hops` : 'More hops';
  $('more-kinds').hidden = !!state.focus || !hiddenKinds().has('UseCase');
  document.body.dataset.layoutMs = String(graph.lastLayoutMs ?? '');
  document.body.dataset.layout = graph.mode || '';
  if (lastView.truncated && !state.focus) explainLeftOut();
  return focusNode;
}

/** Says which kinds the cap left out, when the server offers /api/stats. */
async function explainLeftOut() {
  try {
    const stats = await api('/api/stats');
    const shown = graph.countByKind();
    const left = Object.entries(stats.entities || {})
      .map(([kind, n]) => [kind, n - (shown[kind] || 0)]).filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${style.kinds[kind] ? style.kinds[kind].label.toLowerCase() : kind}`);
    if (left.length) {
      lastView.leftOut = left.join(', ');
      updateStatus();
    }
  } catch {
    // the plain count is enough without stats
  }
}

function setTab(name, remember = true) {
  const tab = TABS.includes(name) ? name : 'details';
  for (const t of TABS) {
    $(`tab-${t}`).setAttribute('aria-selected', String(t === tab));
    $(`tab-${t}`).tabIndex = t === tab ? 0 : -1;
    $(`panel-${t}`).hidden = t !== tab;
  }
  if (remember) {
    state.tab = tab;
    if (tab === 'compare' && state.ask) {
      // the question belonged to the view being left: the address no longer carries it
      delete state.ask;
      graph.clearHighlight();
    }
    writeState(state);
  }
  if (tab === 'list') nodeList.refresh();
}

function setupTabs() {
  const list = document.querySelector('[role=tablist]');
  for (const t of TABS) $(`tab-${t}`).addEventListener('click', () => setTab(t));
  list.addEventListener('keydown', (e) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const current = TABS.indexOf(state.tab || 'details');
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1
      : (current + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    setTab(TABS[next]);
    $(`tab-${TABS[next]}`).focus();
    e.preventDefault();
  });
}

/** Focuses an entity: its neighbourhood becomes the view, and its details open. */
async function focus(name, kind) {
  state.focus = name;
  state.depth = 1;
  state.hide = null;
  state.entity = kind ? `${kind}/${name}` : null;
  delete state.a;
  delete state.b;
  writeState(state, true);
  const node = await loadView();
  openFocus(node, kind, name);
}

/** Opens the details of the focused node (or of the name, when the graph could not draw it). */
function openFocus(node, kind, name) {
  if (node) {
    graph.cy.elements().unselect();
    node.select();
    state.entity = `${node.data('kind')}/${node.data('name')}`;
    writeState(state);
    setTab('details');
    details.showEntity(node.data('kind'), node.data('name'), node);
  } else if (kind) {
    setTab('details');
    details.showEntity(kind, name, null);
  }
}

/** Shows an entity's details; selects it in the graph when it is in view. */
function select(name, kind) {
  const node = graph.find(name, kind) || graph.find(name);
  setTab('details');
  if (node) {
    graph.cy.elements().unselect();
    node.select();
    graph.cy.animate({ center: { eles: node } }, { duration: 200 });
    state.entity = `${node.data('kind')}/${node.data('name')}`;
    writeState(state);
    details.showEntity(node.data('kind'), node.data('name'), node);
  } else if (kind) {
    state.entity = `${kind}/${name}`;
    writeState(state);
    details.showEntity(kind, name, null);
  } else {
    focus(name, null);
  }
}

/** Adds the neighbours of a node to the view, placed around it. */
async function expand(id) {
  const node = graph.cy.getElementById(id);
  if (node.empty()) return;
  let view;
  try {
    view = await fetchGraph(node.data('name'), 1, state.limit);
  } catch (e) {
    message(`Could not expand ${node.data('name')}: ${e.message}`);
    return;
  }
  const added = graph.merge(view.nodes, view.edges);
  const ring = added.map((a) => graph.cy.getElementById(a));
  const centre = node.position();
  const radius = 110 + ring.length * 6;
  ring.forEach((n, i) => n.position({
    x: centre.x + radius * Math.cos((2 * Math.PI * i) / Math.max(1, ring.length)),
    y: centre.y + radius * Math.sin((2 * Math.PI * i) / Math.max(1, ring.length)),
  }));
  expansions.set(id, new Set([...(expansions.get(id) || []), ...added]));
  applyFilters();
  message(added.length ? '' : `${node.data('name')} has no further neighbours to add.`);
  graph.cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 60 } }, { duration: 250 });
}

/** Takes away what expanding the node added, and neighbours that hang on it alone. */
function collapse(id) {
  const cy = graph.cy;
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const keepers = new Set();
  for (const [other, added] of expansions) if (other !== id) added.forEach((a) => keepers.add(a));
  const remove = new Set(expansions.get(id) || []);
  node.neighborhood().nodes().forEach((n) => { if (n.degree(false) <= 1) remove.add(n.id()); });
  const focusNode = graph.cy.$('node.focus').first();
  let removed = 0;
  cy.batch(() => {
    for (const r of remove) {
      const victim = cy.getElementById(r);
      if (victim.empty() || keepers.has(r) || r === id || (focusNode.nonempty() && r === focusNode.id())) continue;
      expansions.delete(r);
      victim.remove();
      removed++;
    }
  });
  expansions.delete(id);
  message(removed ? '' : `Nothing to collapse around ${node.data('name')}.`);
  updateStatus();
}

async function runAsk(question, push = true) {
  state.ask = question;
  $('ask-input').value = question;
  writeState(state, push);
  setTab('ask');
  const names = await ask(question, {
    container: $('ask-result'), style, onSelect: select,
    openDocument: (id, s) => { setTab('details'); details.showDocument(id, s); },
    onRetry: (q) => runAsk(q),
  });
  if (!names.length) { graph.clearHighlight(); return; }
  let { missing } = graph.highlight(names);
  if (missing.length) {
    // bring answers that the current view left out into it
    for (const name of missing.slice(0, 10)) {
      try {
        const view = await fetchGraph(name, 1, state.limit);
        graph.merge(view.nodes, view.edges);
      } catch {
        break;
      }
    }
    applyFilters();
    graph.layout();
    ({ missing } = graph.highlight(names));
    if (missing.length) message(`Not drawn in this view: ${missing.join(', ')}`);
  }
}

function setupExports() {
  $('export-png').addEventListener('click', () => {
    const blob = graph.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4096, maxHeight: 4096 });
    download(blob, 'techgraph.png');
  });
  $('export-json').addEventListener('click', () => {
    const body = { view: location.href, exportedAt: new Date().toISOString(), ...graph.visibleElements() };
    download(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), 'techgraph.json');
  });
}

function setupControls() {
  $('show-all').addEventListener('click', () => {
    state.focus = null;
    state.depth = 1;
    state.hide = null;
    state.entity = null;
    writeState(state, true);
    loadView();
  });
  $('relayout').addEventListener('click', () => { graph.layout(); graph.cy.$('node.focus').select(); });
  $('more-kinds').addEventListener('click', () => {
    state.hide = [...hiddenKinds()].filter((k) => k !== 'UseCase' && k !== 'Trait');
    syncLegend($('kind-filters'), $('type-filters'), hiddenKinds(), hiddenTypes());
    writeState(state, true);
    loadView();
  });
  $('depth-more').addEventListener('click', () => {
    if (state.depth >= MAX_DEPTH) return;
    state.depth += 1;
    writeState(state, true);
    loadView();
  });
  $('depth-less').addEventListener('click', () => { state.depth = Math.max(1, state.depth - 1); writeState(state, true); loadView(); });
  $('load-more').addEventListener('click', () => {
    state.limit = Math.min(MAX_LIMIT, state.limit * 2);
    writeState(state, true);
    loadView();
  });
  for (const radio of document.querySelectorAll('input[name=polarity]')) {
    radio.checked = radio.value === state.polarity;
    radio.addEventListener('change', () => { state.polarity = radio.value; writeState(state); applyFilters(); });
  }
  $('ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('ask-input').value.trim();
    if (q) runAsk(q);
  });
  $('compare-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.a = $('compare-a').value.trim();
    state.b = $('compare-b').value.trim();
    delete state.ask;
    writeState(state, true);
    runCompare();
  });
  $('filters-toggle').addEventListener('click', () => {
    const open = document.body.classList.toggle('filters-open');
    $('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  setupSuggestions([$('compare-a'), $('compare-b')], $('compare-names'));
  $('cypher-query').value = EXAMPLE_CYPHER;
  $('cypher-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('cypher-graph').hidden = true;
    cypherElements = await runCypher($('cypher-query').value, $('cypher-result'));
    $('cypher-graph').hidden = cypherElements.nodes.length === 0;
  });
  $('cypher-query').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); $('cypher-form').requestSubmit(); }
  });
  $('cypher-graph').addEventListener('click', () => {
    lastView = { total: cypherElements.nodes.length, truncated: false };
    expansions.clear();
    graph.show(cypherElements.nodes, cypherElements.edges);
    applyFilters();
    $('status').textContent += ' · from the Cypher console (Whole graph goes back)';
  });
}

async function runCompare() {
  if (!state.a || !state.b) return;
  $('compare-a').value = state.a;
  $('compare-b').value = state.b;
  setTab('compare');
  const result = await compare(state.a, state.b, {
    container: $('compare-result'), style, onSelect: select,
    openDocument: (id, s) => { setTab('details'); details.showDocument(id, s); },
  });
  if (result) await showPair(result.a, result.b);
}

/** The graph of a comparison: the two entities and what joins them (shared neighbours, direct facts). */
async function showPair(a, b) {
  let left;
  let right;
  try {
    [left, right] = await Promise.all([fetchGraph(a.name, 1, MAX_LIMIT), fetchGraph(b.name, 1, MAX_LIMIT)]);
  } catch (e) {
    message(`Could not draw the comparison: ${e.message}`);
    return;
  }
  if (!left.start || !right.start) return;
  const aId = left.start.data.id;
  const bId = right.start.data.id;
  const near = (view, self) => new Set(view.edges.flatMap((e) => [e.data.source, e.data.target]).filter((id) => id !== self));
  const nearA = near(left, aId);
  const nearB = near(right, bId);
  const keep = new Set([aId, bId, ...[...nearA].filter((id) => nearB.has(id))]);
  const nodes = new Map();
  [...left.nodes, ...right.nodes].forEach((n) => { if (keep.has(n.data.id)) nodes.set(n.data.id, n); });
  const edges = new Map();
  [...left.edges, ...right.edges].forEach((e) => {
    const touches = [aId, bId].includes(e.data.source) || [aId, bId].includes(e.data.target);
    if (touches && keep.has(e.data.source) && keep.has(e.data.target)) edges.set(e.data.id, e);
  });
  state.focus = null;
  lastView = { total: nodes.size, truncated: false };
  expansions.clear();
  graph.show([...nodes.values()], [...edges.values()], null, [aId, bId]);
  graph.cy.getElementById(aId).addClass('focus');
  graph.cy.getElementById(bId).addClass('focus');
  applyFilters();
  document.body.dataset.layout = graph.mode || '';
}

function setupGraphEvents() {
  const cy = graph.cy;
  cy.on('tap', 'node', (e) => {
    const node = e.target;
    state.entity = `${node.data('kind')}/${node.data('name')}`;
    writeState(state);
    setTab('details');
    details.showEntity(node.data('kind'), node.data('name'), node);
  });
  cy.on('tap', 'edge', (e) => { setTab('details'); details.showEdge(e.target); });
  cy.on('dbltap', 'node', (e) => expand(e.target.id()));
}

/** Restores what the URL describes (first load, back and forward). */
async function restore() {
  // an address out of bounds (depth=9) is shown as what it means (depth=3)
  writeState(state);
  syncLegend($('kind-filters'), $('type-filters'), hiddenKinds(), hiddenTypes());
  for (const radio of document.querySelectorAll('input[name=polarity]')) radio.checked = radio.value === state.polarity;
  $('ask-input').value = state.ask || '';
  const focusNode = await loadView();
  if (state.entity) {
    const cut = state.entity.indexOf('/');
    const kind = cut > 0 ? state.entity.slice(0, cut) : null;
    const name = cut > 0 ? state.entity.slice(cut + 1) : state.entity;
    const node = graph.find(name, kind);
    if (node) node.select();
    details.showEntity(kind, name, node);
  } else if (focusNode) {
    // #focus=Python opens its details, as choosing it in the search does
    focusNode.select();
    details.showEntity(focusNode.data('kind'), focusNode.data('name'), focusNode);
  } else {
    details.intro();
  }
  if (state.a && state.b) await runCompare();
  if (state.ask) await runAsk(state.ask, false);
  setTab(state.tab || 'details', false);
}

async function main() {
  style = await api('graph-style.json');
  graph = new GraphView($('graph'), style, $('graph-titles'));
  nodeList = new NodeList($('panel-list'), style, graph, { select });
  window.cy = graph.cy;  // for the console and the browser tests
  window.techgraphView = graph;
  details = new Details($('panel-details'), style, graph, {
    focus, select, expand, collapse,
    compare: (name) => { $('compare-a').value = name; setTab('compare'); $('compare-b').focus(); },
  });
  buildLegend({
    kindBox: $('kind-filters'), typeBox: $('type-filters'), style,
    hiddenKinds: {
      has: (k) => hiddenKinds().has(k),
      add: (k) => { state.hide = [...new Set([...hiddenKinds(), k])]; },
      delete: (k) => { state.hide = [...hiddenKinds()].filter((x) => x !== k); },
    },
    hiddenTypes: { has: (t) => state.types.includes(t), add: (t) => state.types.push(t), delete: (t) => { state.types = state.types.filter((x) => x !== t); } },
    onChange: (what) => {
      writeState(state);
      // the overview asks the server only for the kinds shown: a kind shown again must be fetched
      if (what === 'kind' && !state.focus && !graph.pair) loadView(); else applyFilters();
    },
  });
  setupTabs();
  setupControls();
  setupExports();
  setupGraphEvents();
  setupSearch({
    input: $('search'), list: $('search-results'), style, onPick: focus, onMessage: message,
    fallback: (q) => graph.cy.nodes().filter((n) => String(n.data('name')).toLowerCase().includes(q.toLowerCase()))
      .map((n) => ({ name: n.data('name'), kind: n.data('kind'), aliases: [] })).slice(0, 12),
  });
  setupImport({
    body: $('import-body'), overlay: $('drop-overlay'), onMessage: message,
    onImported: async () => {
      const before = new Set(graph.cy.nodes().map((n) => n.id()));
      await loadView();
      graph.cy.nodes().filter((n) => !before.has(n.id())).addClass('new');
    },
  });
  window.addEventListener('popstate', () => { state = readState(); restore(); });
  await restore();
}

main().catch((e) => {
  $('status').textContent = `The page could not start: ${e.message}`;
  fill($('panel-details'), el('p', { class: 'error', role: 'alert', text: e.message }));
}).finally(() => {
  document.body.dataset.ready = 'true';
});
