// The List tab: every node in view as a list of buttons, grouped by kind, most mentioned first, so each
// node can be reached and opened with the keyboard alone (Tab or arrow keys, Enter opens it).
import { el, fill } from './dom.js';

export class NodeList {
  constructor(container, style, graph, { select }) {
    this.container = container;
    this.style = style;
    this.graph = graph;
    this.select = select;
    container.addEventListener('keydown', (e) => {
      if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
      const buttons = [...container.querySelectorAll('button.node-item')];
      const at = buttons.indexOf(document.activeElement);
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1
        : Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
      if (buttons[next]) { buttons[next].focus(); e.preventDefault(); }
    });
  }

  /** Rebuilds the list from the nodes in view (not hidden by a filter). */
  refresh() {
    if (this.container.hidden) { this.stale = true; return; }
    this.stale = false;
    const byKind = new Map();
    this.graph.cy.nodes().not('.filtered').forEach((n) => {
      const kind = n.data('kind');
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(n);
    });
    const kinds = Object.keys(this.style.kinds).filter((k) => byKind.has(k));
    const total = [...byKind.values()].reduce((s, l) => s + l.length, 0);
    fill(this.container,
      el('h2', { text: `In view: ${total} entities` }),
      el('p', { class: 'muted', text: 'Tab or arrow keys move through the list; Enter opens an entity and selects it in the graph.' }),
      kinds.map((kind) => {
        const k = this.style.kinds[kind];
        const nodes = byKind.get(kind).sort((a, b) => (b.data('mentions') || 0) - (a.data('mentions') || 0)
          || String(a.data('name')).localeCompare(String(b.data('name'))));
        return el('section', { class: 'group' },
          el('h3', { text: `${k ? k.label : kind} · ${nodes.length}` }),
          el('ul', { class: 'node-list' }, nodes.map((n) => el('li', {},
            el('button', { type: 'button', class: 'node-item', 'data-id': n.id(),
              onclick: () => this.select(n.data('name'), n.data('kind')) },
              el('span', { class: 'dot', style: `background:${k ? k.color : '#777'}` }),
              el('span', { text: n.data('name') }),
              el('span', { class: 'weight', text: `${n.data('mentions') || 0}×` }))))));
      }));
  }
}
