// The Details tab: an entity (kind, aliases, relationships grouped by type with evidence), a fact, a document.
import { api, segment, ApiFailure } from './api.js';
import { el, fill } from './dom.js';
import { evidenceList } from './evidence.js';

/** Renders into the details container; actions: focus(name, kind), expand(node id), collapse(node id), compare(name). */
export class Details {
  constructor(container, style, graph, actions) {
    this.container = container;
    this.style = style;
    this.graph = graph;
    this.actions = actions;
    this.request = 0;
  }

  typeLabel(type) {
    return this.style.types[type] ? this.style.types[type].label : String(type).toLowerCase().replaceAll('_', ' ');
  }

  kindBadge(kind) {
    const k = this.style.kinds[kind];
    return el('span', { class: 'kind-badge', style: `--kind-color: ${k ? k.color : '#777'}`, text: k ? k.label : kind });
  }

  polarityBadge(polarity, qualifier) {
    return [
      polarity === 'negative' ? el('span', { class: 'badge negative', text: 'NOT — negative fact' }) : null,
      qualifier ? el('span', { class: 'badge qualifier', text: qualifier }) : null,
    ];
  }

  loading(text) {
    fill(this.container, el('p', { class: 'muted', text }));
  }

  error(e, extra) {
    fill(this.container, el('p', { class: 'error', role: 'alert', text: e.message }), extra);
  }

  /** Shows an entity; node is the graph node when there is one (for expand/collapse and a fallback view). */
  async showEntity(kind, name, node) {
    const ticket = ++this.request;
    this.loading(`Loading ${name}…`);
    try {
      const entity = await api(`/api/entities/${segment(kind)}/${segment(name)}`);
      if (ticket !== this.request) return;
      this.renderEntity(entity, node);
    } catch (e) {
      if (ticket !== this.request) return;
      if (e instanceof ApiFailure && e.missing && node) {
        this.renderFromGraph(node, e.message);
      } else {
        this.error(e, e.hints && e.hints.length ? this.hintButtons(e.hints, kind) : null);
      }
    }
  }

  /** Hints of a miss ("Node.js (Runtime)") as buttons that open the entity they name. */
  hintButtons(hints) {
    return el('p', {}, 'Did you mean: ', hints.map((h, i) => {
      const m = /^(.*) \((\w+)\)$/.exec(String(h));
      return [i ? ', ' : '', el('button', {
        type: 'button', class: 'link', text: String(h),
        onclick: () => (m ? this.actions.select(m[1], m[2]) : this.actions.focus(String(h), null)),
      })];
    }));
  }

  header(name, kind, aliases, mentions, node) {
    const alias = (aliases || []).filter((a) => a !== name);
    return [
      el('h2', { class: 'entity-name', text: name }),
      el('p', { class: 'meta' }, this.kindBadge(kind), mentions != null ? ` mentioned ${mentions}×` : ''),
      alias.length ? el('p', { class: 'aliases' }, 'Also written: ', alias.join(', ')) : null,
      el('div', { class: 'actions' },
        el('button', { type: 'button', text: 'Focus', onclick: () => this.actions.focus(name, kind) }),
        node ? el('button', { type: 'button', text: 'Expand neighbours', onclick: () => this.actions.expand(node.id()) }) : null,
        node ? el('button', { type: 'button', text: 'Collapse', onclick: () => this.actions.collapse(node.id()) }) : null,
        el('button', { type: 'button', text: 'Compare…', onclick: () => this.actions.compare(name) })),
    ];
  }

  renderEntity(entity, node) {
    const names = [entity.name, ...(entity.aliases || [])];
    const groups = entity.groups || [];
    const sections = groups.map((group) => {
      const arrow = group.direction === 'in' ? '← ' : '→ ';
      const heading = group.direction === 'in'
        ? `${arrow}${this.typeLabel(group.type)} (from others)` : `${arrow}${this.typeLabel(group.type)}`;
      return el('section', { class: 'group' },
        el('h3', { text: `${heading} · ${group.total > group.relationships.length
          ? `${group.relationships.length} heaviest of ${group.total}` : group.relationships.length}` }),
        el('ul', { class: 'relationships' }, group.relationships.map((rel) => {
          const other = rel.other || {};
          return el('li', { class: rel.polarity === 'negative' ? 'relationship negative' : 'relationship' },
            el('div', { class: 'rel-head' },
              el('button', { type: 'button', class: 'link', text: other.name,
                onclick: () => this.actions.select(other.name, other.kind) }),
              ' ', this.kindBadge(other.kind), ' ', this.polarityBadge(rel.polarity, rel.qualifier),
              rel.weight ? el('span', { class: 'weight', text: `${rel.weight} document${rel.weight === 1 ? '' : 's'}` }) : null),
            evidenceList(rel.evidence, [...names, other.name], (id, s) => this.showDocument(id, s)));
        })));
    });
    fill(this.container,
      this.header(entity.name, entity.kind, entity.aliases, entity.mentions, node),
      sections.length ? sections : el('p', { class: 'muted', text: 'No relationships recorded for it yet.' }));
  }

  /** Without the entity endpoint: what the graph itself knows (no evidence). */
  renderFromGraph(node, reason) {
    const byType = new Map();
    node.connectedEdges().forEach((edge) => {
      const out = edge.source().id() === node.id();
      const key = `${edge.data('type')}|${out ? 'out' : 'in'}`;
      if (!byType.has(key)) byType.set(key, []);
      byType.get(key).push({ edge, other: out ? edge.target() : edge.source() });
    });
    const sections = [...byType.entries()].map(([key, items]) => {
      const [type, direction] = key.split('|');
      return el('section', { class: 'group' },
        el('h3', { text: `${direction === 'in' ? '← ' : '→ '}${this.typeLabel(type)} · ${items.length}` }),
        el('ul', { class: 'relationships' }, items.map(({ edge, other }) => el('li', { class: 'relationship' },
          el('button', { type: 'button', class: 'link', text: other.data('name'),
            onclick: () => this.actions.select(other.data('name'), other.data('kind')) }),
          ' ', this.polarityBadge(edge.data('polarity'), edge.data('qualifier'))))));
    });
    fill(this.container,
      this.header(node.data('name'), node.data('kind'), node.data('aliases'), node.data('mentions'), node),
      el('p', { class: 'notice', text: `${reason} Evidence sentences are not available; showing what the graph holds.` }),
      sections.length ? sections : el('p', { class: 'muted', text: 'No relationships in the current view.' }));
  }

  /** Shows one fact: type, polarity, qualifier, weight, and its evidence (found through the source entity). */
  async showEdge(edge) {
    const ticket = ++this.request;
    const source = edge.source();
    const target = edge.target();
    const d = edge.data();
    const negative = d.polarity === 'negative';
    const facts = el('dl', { class: 'facts' },
      el('dt', { text: 'Type' }), el('dd', { text: `${d.type} (${this.typeLabel(d.type)})` }),
      el('dt', { text: 'Polarity' }), el('dd', { class: negative ? 'negative-text' : '', text: negative ? 'negative — the text says it does NOT hold' : 'positive' }),
      el('dt', { text: 'Qualifier' }), el('dd', { text: d.qualifier || '—' }),
      el('dt', { text: 'Weight' }), el('dd', { text: d.weight != null ? `stated by ${d.weight} document(s)` : '—' }));
    const evidence = el('div', { class: 'edge-evidence' }, el('p', { class: 'muted', text: 'Loading evidence…' }));
    fill(this.container,
      el('h2', { class: 'edge-title' },
        el('button', { type: 'button', class: 'link', text: source.data('name'), onclick: () => this.actions.select(source.data('name'), source.data('kind')) }),
        negative ? ' —NOT ' : ' — ', this.typeLabel(d.type), ' → ',
        el('button', { type: 'button', class: 'link', text: target.data('name'), onclick: () => this.actions.select(target.data('name'), target.data('kind')) })),
      facts, el('h3', { text: 'Evidence' }), evidence);
    try {
      const entity = await api(`/api/entities/${segment(source.data('kind'))}/${segment(source.data('name'))}`);
      if (ticket !== this.request) return;
      const rel = this.findRelationship(entity, d, target.data('name'));
      fill(evidence, rel
        ? [this.polarityBadge(rel.polarity, null), rel.rules && rel.rules.length ? el('p', { class: 'muted', text: `Rules: ${rel.rules.join(', ')}` }) : null,
          evidenceList(rel.evidence, [source.data('name'), target.data('name')], (id, s) => this.showDocument(id, s))]
        : el('p', { class: 'muted', text: 'The API did not list this fact for its source entity.' }));
    } catch (e) {
      if (ticket !== this.request) return;
      fill(evidence, el('p', { class: 'notice', text: `Evidence unavailable: ${e.message}` }));
    }
  }

  findRelationship(entity, edgeData, otherName) {
    const wanted = String(otherName).toLowerCase();
    const polarity = edgeData.polarity || 'positive';
    for (const group of entity.groups || []) {
      if (group.type !== edgeData.type) continue;
      for (const rel of group.relationships || []) {
        if (String(rel.other && rel.other.name).toLowerCase() === wanted && (rel.polarity || 'positive') === polarity) return rel;
      }
    }
    return null;
  }

  /** Shows a document's sentences, the given one marked and scrolled to. */
  async showDocument(documentId, sentenceId) {
    const ticket = ++this.request;
    this.loading('Loading the document…');
    try {
      const doc = await api(`/api/documents/${segment(documentId)}`);
      if (ticket !== this.request) return;
      let current = null;
      const items = (doc.sentences || []).map((s) => {
        const li = el('li', { class: s.id === sentenceId ? 'current' : '', value: (s.index ?? 0) + 1 }, s.text);
        if (s.id === sentenceId) current = li;
        return li;
      });
      fill(this.container,
        el('h2', { text: doc.title || doc.id }),
        el('p', { class: 'meta' }, 'Source: ', doc.source || '—', ' · ',
          el('a', { href: `/api/documents/${segment(doc.id)}`, text: 'JSON' })),
        el('ol', { class: 'document' }, items));
      if (current) current.scrollIntoView({ block: 'center' });
    } catch (e) {
      if (ticket !== this.request) return;
      this.error(e);
    }
  }

  /** The starting text of the tab. */
  intro() {
    fill(this.container,
      el('h2', { text: 'The technologies at a glance' }),
      el('p', { text: 'Each block is one kind; the bigger a node, the more the articles say about it. Ask a question in the box at the top, find a name with the search box, or click a node to read what the articles say about it.' }),
      el('ul', { class: 'tips' },
        el('li', { text: '“+ use cases & traits” adds what the technologies are used for and known for.' }),
        el('li', { text: 'Focus an entity to see its facts in columns: suited for, traits, the technologies around it, and what the texts deny (NOT) apart.' }),
        el('li', { text: 'Hover or select a node to read the labels of its edges; the List tab reaches every node by keyboard.' }),
        el('li', { text: 'The address bar keeps the focus, filters and question: copy it to share this view.' })));
  }
}

