// The Cytoscape view: stylesheet from graph-style.json, layout chosen by size, filters, highlights.
import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';

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
      label: 'data(name)', 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1b1b1b',
      'text-wrap': 'ellipsis', 'text-max-width': '140px', 'min-zoomed-font-size': 6,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': '1px',
      width: 'mapData(mentions, 0, 30, 18, 46)', height: 'mapData(mentions, 0, 30, 18, 46)',
      'border-width': 1, 'border-color': '#ffffff' } },
    { selector: 'edge', style: {
      label: edgeLabel(style), 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      width: 'mapData(weight, 1, 6, 1.2, 4)', 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1',
      color: '#37474f', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px' } },
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
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.answer', style: { 'border-width': 5, 'border-color': style.highlight.border,
      'background-blacken': -0.1, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#0d47a1', 'font-weight': 'bold' } },
    { selector: 'node.new', style: { 'border-width': 4, 'border-color': '#00c853' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#111111',
      'overlay-color': style.highlight.color, 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 5, 'overlay-color': style.highlight.color, 'overlay-opacity': 0.4 } },
  );
  return rules;
}

/** The graph on the page. */
export class GraphView {
  constructor(container, style) {
    this.style = style;
    this.cy = cytoscape({
      container, style: stylesheet(style), minZoom: 0.05, maxZoom: 4,
      selectionType: 'single', boxSelectionEnabled: false,
    });
  }

  get large() {
    return this.cy.nodes().length > (this.style.largeGraph || 400);
  }

  /** Replaces everything with the given Cytoscape elements and lays them out. */
  show(nodes, edges) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add({ nodes, edges: edges.filter((e) => this.#endsPresent(e, nodes)) });
    });
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
    this.#tuneForSize();
    return added;
  }

  #endsPresent(edge, nodes) {
    if (!this.idsCache || this.idsCache.nodes !== nodes) {
      this.idsCache = { nodes, ids: new Set(nodes.map((n) => n.data.id)) };
    }
    return this.idsCache.ids.has(edge.data.source) && this.idsCache.ids.has(edge.data.target);
  }

  #tuneForSize() {
    // above the threshold, draw a texture while panning and hide edges while moving: smooth at 1000+ nodes
    const large = this.large;
    this.cy.renderer().hideEdgesOnViewport = large;
    this.cy.renderer().textureOnViewport = large;
    if (large !== this.wasLarge) {
      // a thousand tiny labels are noise: above the threshold, names appear only once zoomed in
      this.cy.style().selector('node').style('min-zoomed-font-size', large ? 12 : 6)
        .selector('edge').style('min-zoomed-font-size', large ? 12 : 8).update();
      this.wasLarge = large;
    }
  }

  /** Lays out the visible elements: force-directed (cose) for small graphs, concentric by mentions above the threshold. */
  layout(fitTo) {
    const visible = this.cy.elements().not('.filtered');
    const n = visible.nodes().length;
    if (n === 0) return;
    const options = n > (this.style.largeGraph || 400)
      ? { name: 'concentric', animate: false, concentric: (node) => node.data('mentions') || 0,
          levelWidth: () => 4, minNodeSpacing: 6, avoidOverlap: true }
      : { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => (n > 60 ? 30000 : 12000),
          idealEdgeLength: () => (n > 60 ? 120 : 90), gravity: 0.4, nestingFactor: 1.2, componentSpacing: 60,
          nodeOverlap: 20, numIter: n > 150 ? 700 : 1000, padding: 20 };
    const started = performance.now();
    visible.layout(options).run();
    this.lastLayoutMs = Math.round(performance.now() - started);
    if (fitTo && !fitTo.empty()) this.cy.fit(fitTo.closedNeighborhood(), 60);
    else this.cy.fit(visible, 20);
    this.capZoom();
  }

  /** A handful of nodes fitted to the whole canvas would be drawn huge: keep the zoom readable. */
  capZoom() {
    if (this.cy.zoom() > 1.6) this.cy.zoom({ level: 1.6, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
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
      if (kind && n.data('kind') !== kind) return false;
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
    if (!found.empty()) cy.animate({ fit: { eles: found.closedNeighborhood(), padding: 60 } }, { duration: 250 });
    return { found, missing };
  }

  clearHighlight() {
    this.cy.elements().removeClass('answer faded');
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
