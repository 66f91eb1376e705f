// The Cytoscape view: stylesheet from graph-style.json, readable layouts (layouts.js), labels shown by
// priority so none overlap, edge labels on hover or selection only, filters and highlights.
import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { overviewLayout, neighbourhoodLayout, compareLayout, textWidth } from './layouts.js';

// fCoSE (MIT, WebJar) is loaded by classic script tags in index.html: layout-base → cose-base → fcose
if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);
const FORCE = window.cytoscapeFcose ? 'fcose' : 'cose';

function edgeLabel(style) {
  return (edge) => {
    const type = style.types[edge.data('type')];
    const name = type ? type.label : String(edge.data('type') || '').toLowerCase().replaceAll('_', ' ');
    const negative = edge.data('polarity') === 'negative';
    const qualifier = edge.data('qualifier') ? ` (${edge.data('qualifier')})` : '';
    return `${negative ? style.negative.prefix : ''}${name}${qualifier}`;
  };
}

function stylesheet(style) {
  const rules = [
    { selector: 'node', style: {
      label: 'data(name)', 'font-size': 14, 'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3,
      color: '#1b1b1b', 'text-wrap': 'ellipsis', 'text-max-width': '220px', 'min-zoomed-font-size': 7,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px',
      width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': '#ffffff' } },
    { selector: 'node.label-right', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 5, 'text-margin-y': 0 } },
    { selector: 'node.label-left', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -5, 'text-margin-y': 0 } },
    { selector: 'edge', style: {
      label: '', 'font-size': 11, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
      width: 'mapData(weight, 1, 6, 1.2, 3.5)', 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1',
      color: '#263238', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8, opacity: 0.7,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px' } },
  ];
  for (const [kind, k] of Object.entries(style.kinds)) {
    rules.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': k.color, shape: k.shape } });
  }
  for (const [type, t] of Object.entries(style.types)) {
    rules.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': t.color, 'target-arrow-color': t.color } });
  }
  // after the type colours, so a negative fact is always dashed red whatever its type
  rules.push(
    { selector: 'edge[polarity = "negative"]', style: {
      'line-style': style.negative.lineStyle, 'line-dash-pattern': [6, 4], 'line-color': style.negative.color,
      'target-arrow-color': style.negative.color, 'target-arrow-shape': 'tee', color: style.negative.color } },
    { selector: 'edge.context', style: { opacity: 0.14 } },
    { selector: 'edge.overview', style: { opacity: 0.3, width: 1.2 } },
    { selector: 'edge.show-label, edge:selected', style: { label: edgeLabel(style), opacity: 1, 'z-index': 20 } },
    // a node whose name is shown is drawn above those whose names gave way, so its label stays uncovered
    { selector: 'node', style: { 'z-index': 10 } },
    { selector: 'node.nolabel', style: { 'text-opacity': 0, 'text-background-opacity': 0, 'z-index': 1 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.answer', style: { 'border-width': 5, 'border-color': style.highlight.border,
      'background-blacken': -0.1, 'font-weight': 'bold', 'z-index': 10, 'text-opacity': 1, 'text-background-opacity': 0.85 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#0d47a1', 'font-weight': 'bold',
      'font-size': 16, 'text-opacity': 1, 'text-background-opacity': 0.85 } },
    { selector: 'node.new', style: { 'border-width': 4, 'border-color': '#00c853' } },
    { selector: 'node.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.95, 'z-index': 30 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#111111', 'text-opacity': 1,
      'text-background-opacity': 0.95, 'overlay-color': style.highlight.color, 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 5, 'overlay-color': style.highlight.color, 'overlay-opacity': 0.4 } },
  );
  return rules;
}

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The graph on the page. */
export class GraphView {
  constructor(container, style, titleLayer) {
    this.style = style;
    this.titleLayer = titleLayer;
    this.titles = [];
    this.focusId = null;
    this.cy = cytoscape({
      container, style: stylesheet(style), minZoom: 0.05, maxZoom: 4,
      selectionType: 'single', boxSelectionEnabled: false,
    });
    const cy = this.cy;
    const labelled = (ele, on) => {
      const nodes = ele.isNode() ? ele : ele.connectedNodes();
      nodes.toggleClass('hover', on);
      const edges = ele.isNode() ? ele.connectedEdges() : ele;
      edges.toggleClass('show-label', on || (ele.selected() && !ele.hasClass('focus')));
    };
    cy.on('mouseover', 'node, edge', (e) => labelled(e.target, true));
    cy.on('mouseout', 'node, edge', (e) => labelled(e.target, false));
    // the focus's facts are what the columns say: its edge labels would only cover them
    cy.on('select', 'node', (e) => { if (!e.target.hasClass('focus')) e.target.connectedEdges().addClass('show-label'); });
    cy.on('unselect', 'node', (e) => e.target.connectedEdges().removeClass('show-label'));
    let pending = 0;
    cy.on('viewport resize', () => {
      this.#drawTitles();
      clearTimeout(pending);
      pending = setTimeout(() => this.cullLabels(), 80);
    });
  }

  get large() {
    return this.cy.nodes().length > (this.style.largeGraph || 400);
  }

  /** Replaces everything with the given Cytoscape elements and lays them out; focusId centres the layout. */
  show(nodes, edges, focusId = null, pair = null) {
    const cy = this.cy;
    this.focusId = focusId;
    this.pair = pair;
    cy.batch(() => {
      cy.elements().remove();
      cy.add({ nodes, edges: edges.filter((e) => this.#endsPresent(e, nodes)) });
      // before the layout, so it measures the focus's larger label
      for (const id of [focusId, ...(pair || [])]) if (id) cy.getElementById(id).addClass('focus');
    });
    this.#sizeNodes();
    this.#tuneForSize();
    this.layout();
  }

  /** Adds elements not yet shown; returns the ids of the nodes added. */
  merge(nodes, edges, around) {
    const cy = this.cy;
    const added = [];
    cy.batch(() => {
      for (const n of nodes) {
        if (cy.getElementById(n.data.id).empty()) {
          const position = around ? { x: around.x + (Math.random() - 0.5) * 160, y: around.y + (Math.random() - 0.5) * 160 } : undefined;
          cy.add({ group: 'nodes', data: n.data, position });
          added.push(n.data.id);
        }
      }
      for (const e of edges) {
        if (cy.getElementById(e.data.id).empty()
            && !cy.getElementById(e.data.source).empty() && !cy.getElementById(e.data.target).empty()) {
          cy.add({ group: 'edges', data: e.data });
        }
      }
    });
    this.#sizeNodes();
    this.#tuneForSize();
    return added;
  }

  #endsPresent(edge, nodes) {
    if (!this.idsCache || this.idsCache.nodes !== nodes) {
      this.idsCache = { nodes, ids: new Set(nodes.map((n) => n.data.id)) };
    }
    return this.idsCache.ids.has(edge.data.source) && this.idsCache.ids.has(edge.data.target);
  }

  /** Node size by how much the corpus says about it: the square root of mentions, relative to the view. */
  #sizeNodes() {
    const cy = this.cy;
    const max = Math.max(1, ...cy.nodes().map((n) => n.data('mentions') || 0));
    cy.batch(() => cy.nodes().forEach((n) => n.data('size', Math.round(14 + 34 * Math.sqrt((n.data('mentions') || 0) / max)))));
  }

  #tuneForSize() {
    // above the threshold, draw a texture while panning and hide edges while moving: smooth at 1000+ nodes
    const large = this.large;
    this.cy.renderer().hideEdgesOnViewport = large;
    this.cy.renderer().textureOnViewport = large;
    if (large !== this.wasLarge) {
      // a thousand tiny labels are noise and cost most of a frame: above the threshold, names are drawn
      // only once zoomed in far enough to read them
      this.cy.style().selector('edge').style({ 'curve-style': large ? 'haystack' : 'bezier' })
        .selector('node').style({ 'min-zoomed-font-size': large ? 10 : 7 }).update();
      this.wasLarge = large;
    }
  }

  /**
   * Lays out the visible elements: the focus's facts in columns (depth 1), the overview grouped by kind,
   * fCoSE for anything else (deeper neighbourhoods, merged expansions, Cypher results).
   */
  layout(mode) {
    const cy = this.cy;
    const visible = cy.elements().not('.filtered');
    const nodes = visible.nodes();
    if (nodes.length === 0) {
      this.titles = [];
      this.#drawTitles();
      return;
    }
    const started = performance.now();
    const size = { width: cy.width() || 800, height: cy.height() || 600, style: this.style };
    const focus = this.focusId ? cy.getElementById(this.focusId) : null;
    const pair = this.pair ? this.pair.map((id) => cy.getElementById(id)) : null;
    const kind = mode || (pair && pair.every((p) => !p.empty()) ? 'compare' : null) || (focus && !focus.empty()
      ? (nodes.every((n) => n.id() === focus.id() || n.edgesWith(focus).length > 0) ? 'columns' : 'force')
      : 'overview');
    cy.nodes().removeClass('label-left label-right');
    cy.edges().removeClass('context overview');
    let result = { positions: new Map(), titles: [] };
    if (kind === 'columns') {
      result = neighbourhoodLayout(focus, nodes, visible.edges(), size);
      cy.batch(() => {
        for (const [id, side] of result.sides) cy.getElementById(id).addClass(side === 'left' ? 'label-left' : 'label-right');
        visible.edges().forEach((e) => { if (e.source().id() !== focus.id() && e.target().id() !== focus.id()) e.addClass('context'); });
      });
    } else if (kind === 'compare') {
      result = compareLayout(pair[0], pair[1], nodes, size);
      cy.batch(() => { for (const [id] of result.sides) cy.getElementById(id).addClass('label-right'); });
    } else if (kind === 'overview' && nodes.length <= 2500) {
      result = overviewLayout(nodes, size);
      visible.edges().addClass('overview');
    }
    if (kind === 'columns' || kind === 'compare') {
      // facts in rows: small markers, so the rows stay apart; the entities themselves stand out
      const max = Math.max(1, ...nodes.map((n) => n.data('mentions') || 0));
      cy.batch(() => nodes.forEach((n) => n.data('size', n.id() === this.focusId || (pair && pair.some((p) => p.id() === n.id()))
        ? 44 : Math.round(10 + 10 * Math.sqrt((n.data('mentions') || 0) / max)))));
    } else {
      this.#sizeNodes();
    }
    if (result.positions.size) {
      nodes.layout({ name: 'preset', positions: (n) => result.positions.get(n.id()) || n.position(), fit: false, animate: false }).run();
    } else {
      const n = nodes.length;
      visible.layout(FORCE === 'fcose'
        ? { name: 'fcose', quality: n > 300 ? 'draft' : 'default', randomize: true, animate: false,
            nodeRepulsion: () => 9000, idealEdgeLength: () => 110, nodeSeparation: 90, packComponents: true, padding: 20 }
        : { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 30000, idealEdgeLength: () => 120, padding: 20 }).run();
    }
    this.titles = result.titles;
    this.mode = kind;
    this.lastLayoutMs = Math.round(performance.now() - started);
    this.fit();
  }

  /** Fits the view (titles included), never so close that a few nodes are drawn huge. */
  fit(eles) {
    const cy = this.cy;
    const target = eles && !eles.empty() ? eles : cy.elements().not('.filtered');
    cy.fit(target, 24);
    if (!eles && this.titles.length) {
      // make room for the group titles above the nodes
      const bb = target.boundingBox();
      const top = Math.min(bb.y1, ...this.titles.map((t) => t.y)) - 6;
      const left = Math.min(bb.x1, ...this.titles.map((t) => (t.align === 'right' ? t.x - textWidth(t.text) - 14 : t.x)));
      const right = Math.max(bb.x2, ...this.titles.map((t) => (t.align === 'right' ? t.x : t.x + textWidth(t.text) + 14)));
      const w = Math.max(1, right - left);
      const h = Math.max(1, bb.y2 - top);
      const zoom = Math.min((cy.width() - 40) / w, (cy.height() - 40) / h);
      cy.viewport({ zoom, pan: { x: (cy.width() - w * zoom) / 2 - left * zoom, y: (cy.height() - h * zoom) / 2 - top * zoom } });
    }
    this.capZoom();
    this.#drawTitles();
    this.cullLabels();
  }

  /** A handful of nodes fitted to the whole canvas would be drawn huge: keep the zoom readable. */
  capZoom() {
    if (this.cy.zoom() > 1.6) this.cy.zoom({ level: 1.6, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /** Group and column titles, drawn as page text over the canvas at their model positions. */
  #drawTitles() {
    if (!this.titleLayer) return;
    const cy = this.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    this.titleLayer.replaceChildren(...this.titles.map((t) => {
      const span = document.createElement('span');
      span.className = t.cls;
      span.textContent = t.text;
      const x = t.x * zoom + pan.x;
      const y = t.y * zoom + pan.y;
      span.style.top = `${Math.round(y)}px`;
      if (t.align === 'right') span.style.right = `${Math.round(cy.width() - x)}px`;
      else span.style.left = `${Math.round(x)}px`;
      span.style.fontSize = `${Math.max(10, Math.min(16, 14 * zoom))}px`;
      if (t.kind && this.style.kinds[t.kind]) span.style.borderColor = this.style.kinds[t.kind].color;
      return span;
    }));
  }

  /**
   * Shows labels by priority so none overlap: the focus, the selection and answers first, then the most
   * mentioned; a label that would overlap the label or node of a more important entity is hidden (hover or
   * select shows it). Label boxes are computed from the position, size and measured text width, and looked up in a
   * grid, so this stays cheap at thousands of nodes.
   */
  cullLabels() {
    const cy = this.cy;
    const nodes = cy.nodes().not('.filtered');
    const priority = (n) => (n.hasClass('focus') ? 1e9 : 0) + (n.selected() ? 1e8 : 0) + (n.hasClass('answer') ? 1e7 : 0)
      + (n.data('mentions') || 0);
    const CELL = 120;
    const grid = new Map();
    const cells = (b, add) => {
      const found = [];
      for (let gx = Math.floor(b.x1 / CELL); gx <= Math.floor(b.x2 / CELL); gx++) {
        for (let gy = Math.floor(b.y1 / CELL); gy <= Math.floor(b.y2 / CELL); gy++) {
          const key = `${gx},${gy}`;
          if (add) {
            if (!grid.has(key)) grid.set(key, []);
            grid.get(key).push(b);
          } else if (grid.has(key)) found.push(...grid.get(key));
        }
      }
      return found;
    };
    const body = (n) => {
      const p = n.position();
      const r = (n.data('size') || 20) / 2;
      return { x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r, owner: n.id() };
    };
    const label = (n) => {
      let w = n.scratch('labelWidth');
      if (w == null) {
        w = Math.min(220, textWidth(n.data('name'))) + 4;
        n.scratch('labelWidth', w);
      }
      const big = n.hasClass('focus') ? 16 / 14 : 1;
      w *= big;
      const h = 18 * big;
      const p = n.position();
      const r = (n.data('size') || 20) / 2;
      if (n.hasClass('label-right')) return { x1: p.x + r + 4, x2: p.x + r + 6 + w, y1: p.y - h / 2, y2: p.y + h / 2, owner: n.id() };
      if (n.hasClass('label-left')) return { x1: p.x - r - 6 - w, x2: p.x - r - 4, y1: p.y - h / 2, y2: p.y + h / 2, owner: n.id() };
      return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 2, y2: p.y + r + 3 + h, owner: n.id() };
    };
    // in priority order: a label yields to the labels and nodes of more important entities only, so the
    // most mentioned keep their names even in a dense neighbourhood
    const ranked = nodes.sort((a, b) => priority(b) - priority(a));
    const hide = [];
    const show = [];
    ranked.forEach((n) => {
      const b = label(n);
      const must = priority(n) >= 1e7;
      const clash = !must && cells(b, false).some((o) => o.owner !== n.id() && overlaps(o, b));
      cells(body(n), true);
      if (clash) hide.push(n);
      else {
        show.push(n);
        cells(b, true);
      }
    });
    cy.batch(() => {
      cy.collection(hide).addClass('nolabel');
      cy.collection(show).removeClass('nolabel');
    });
    this.hiddenLabels = hide.length;
  }

  /** Hides nodes of hidden kinds, edges of hidden types or the other polarity, and edges of hidden nodes. */
  filter({ hiddenKinds, hiddenTypes, polarity }) {
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('filtered', hiddenKinds.has(node.data('kind')));
      });
      cy.edges().forEach((edge) => {
        const p = edge.data('polarity') || 'positive';
        const hidden = hiddenTypes.has(edge.data('type')) || (polarity !== 'all' && p !== polarity)
          || edge.source().hasClass('filtered') || edge.target().hasClass('filtered');
        edge.toggleClass('filtered', hidden);
      });
    });
  }

  /** Finds a node by name or alias (case-insensitive), preferring an exact name. */
  find(name, kind) {
    const wanted = String(name || '').toLowerCase();
    const matches = this.cy.nodes().filter((n) => {
      if (kind && n.data('kind') !== kind && !(kind === 'Framework' && n.data('kind') === 'Runtime')) return false;
      const aliases = (n.data('aliases') || []).map((a) => String(a).toLowerCase());
      return String(n.data('name')).toLowerCase() === wanted || aliases.includes(wanted);
    });
    return matches.length ? matches[0] : null;
  }

  /** Highlights the named nodes and fades the rest; returns the names not found in the view. */
  highlight(names) {
    const cy = this.cy;
    const found = cy.collection();
    const missing = [];
    for (const name of names) {
      const node = this.find(name);
      if (node) found.merge(node);
      else missing.push(name);
    }
    cy.batch(() => {
      cy.elements().removeClass('answer faded');
      if (names.length) {
        found.addClass('answer');
        cy.elements().not(found.closedNeighborhood()).addClass('faded');
      }
    });
    this.cullLabels();
    return { found, missing };
  }

  clearHighlight() {
    this.cy.elements().removeClass('answer faded');
    this.cullLabels();
  }

  /** The elements in view (not filtered) in the API's element format. */
  visibleElements() {
    const visible = this.cy.elements().not('.filtered');
    return {
      nodes: visible.nodes().map((n) => ({ data: n.data(), position: n.position() })),
      edges: visible.edges().map((e) => ({ data: e.data() })),
    };
  }

  countByKind() {
    const counts = {};
    this.cy.nodes().forEach((n) => { counts[n.data('kind')] = (counts[n.data('kind')] || 0) + 1; });
    return counts;
  }
}
