// Layouts that read: the overview grouped by kind, a focused entity's facts in columns by relationship
// type and polarity. Both compute positions (a preset layout) so labels sit in rows and never overlap;
// each returns the titles of its groups ({x, y, text, cls}) in model coordinates.

const FONT = '14px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
let measureContext;

/** Width of a label at the graph's font size, in model pixels. */
export function textWidth(text) {
  if (!measureContext) measureContext = document.createElement('canvas').getContext('2d');
  measureContext.font = FONT;
  return measureContext.measureText(String(text ?? '')).width;
}

const KIND_ORDER = ['Language', 'Framework', 'Runtime', 'Library', 'Tool', 'UseCase', 'Trait'];

/**
 * The overview: one block per kind (languages, frameworks, ...), nodes in rows inside it, most mentioned
 * first; the blocks are packed in shelves to the shape of the canvas so the fit zoom stays readable.
 */
export function overviewLayout(nodes, { width, height, style }) {
  const byKind = new Map();
  nodes.forEach((n) => {
    const kind = n.data('kind');
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind).push(n);
  });
  const kinds = [...byKind.keys()].sort((a, b) => (KIND_ORDER.indexOf(a) + 99) % 99 - (KIND_ORDER.indexOf(b) + 99) % 99);
  const cellH = 66;
  const blocks = kinds.map((kind) => {
    const members = byKind.get(kind).sort((a, b) => (b.data('mentions') || 0) - (a.data('mentions') || 0)
      || String(a.data('name')).localeCompare(String(b.data('name'))));
    const cellW = Math.max(96, Math.min(170, Math.max(...members.map((n) => textWidth(n.data('name')))) + 18));
    const k = style.kinds[kind];
    const title = `${k ? pluralLabel(k.label) : kind} · ${members.length}`;
    return { kind, members, cellW, title, titleW: textWidth(title) * 1.5 + 24 };
  });
  const gap = 36;
  // try block shapes (rows per block) and shelf widths; keep the packing the canvas shows largest
  const pack = (rows, targetW) => {
    const placed = [];
    let x = 0;
    let y = 0;
    let shelfH = 0;
    let maxW = 0;
    for (const b of blocks) {
      const r = Math.min(rows, b.members.length);
      const cols = Math.ceil(b.members.length / r);
      const w = Math.max(cols * b.cellW, b.titleW);
      const h = Math.ceil(b.members.length / cols) * cellH + 30;
      if (x > 0 && x + w > targetW) {
        x = 0;
        y += shelfH + gap;
        shelfH = 0;
      }
      placed.push({ b, x, y, cols });
      x += w + gap;
      maxW = Math.max(maxW, x - gap);
      shelfH = Math.max(shelfH, h);
    }
    const H = y + shelfH;
    return { placed, zoom: Math.min(width / Math.max(1, maxW + 40), height / Math.max(1, H + 40)) };
  };
  let best = null;
  const most = Math.max(...blocks.map((b) => b.members.length));
  const totalW = blocks.reduce((s, b) => s + b.members.length * b.cellW, 0);
  for (let rows = 1; rows <= most; rows++) {
    for (const share of [0.15, 0.2, 0.25, 0.33, 0.4, 0.5, 0.6, 0.75, 1]) {
      const candidate = pack(rows, Math.max(200, totalW * share / Math.max(1, rows) * 1.05));
      if (!best || candidate.zoom > best.zoom) best = candidate;
    }
  }
  const titles = [];
  const positions = new Map();
  for (const { b, x, y, cols } of best.placed) {
    titles.push({ x, y, text: b.title, cls: 'group-title', kind: b.kind });
    b.members.forEach((n, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      positions.set(n.id(), { x: x + col * b.cellW + b.cellW / 2, y: y + 30 + row * cellH + cellH / 2 - 10 });
    });
  }
  return { positions, titles };
}

function pluralLabel(label) {
  if (label.endsWith('y')) return `${label.slice(0, -1)}ies`;
  if (label === 'Use case') return 'Use cases';
  return `${label}s`;
}

/** The group a neighbour of the focus falls in, by its facts with the focus. */
function groupOf(focus, other, edges, style) {
  const facts = edges.filter((e) => (e.source().id() === focus.id() && e.target().id() === other.id())
    || (e.target().id() === focus.id() && e.source().id() === other.id()));
  if (facts.length === 0) return { zone: 'right', key: 'other', title: 'connected' };
  const positive = facts.filter((e) => (e.data('polarity') || 'positive') !== 'negative');
  const fact = positive.length ? positive.sort((a, b) => (b.data('weight') || 0) - (a.data('weight') || 0))[0] : facts[0];
  const type = fact.data('type');
  const out = fact.source().id() === focus.id();
  const t = style.types[type];
  const label = t ? t.label : String(type).toLowerCase().replaceAll('_', ' ');
  if (!positive.length) return { zone: 'not', key: `NOT:${type}:${out}`, title: out ? `NOT ${label}` : `NOT ${label} (by)`, negative: true };
  const symmetric = type === 'USED_WITH' || type === 'COMPARED_WITH';
  // a fact pointing at the focus reads from the other side: "written in it", "runs on it"; narrower use cases
  const title = symmetric || out ? label : type === 'PART_OF' ? 'narrower' : `${label} it`;
  const zone = ['SUITED_FOR', 'HAS_TRAIT', 'PART_OF'].includes(type) ? 'right' : 'left';
  return { zone, key: `${type}:${symmetric || out}`, title, type };
}

const GROUP_ORDER = ['SUITED_FOR:true', 'HAS_TRAIT:true', 'PART_OF:true', 'PART_OF:false',
  'WRITTEN_IN:true', 'RUNS_ON:true', 'COMPILES_TO:true', 'WRITTEN_IN:false', 'RUNS_ON:false', 'COMPILES_TO:false',
  'USED_WITH:true', 'COMPARED_WITH:true'];

/**
 * A focused entity: the focus in the middle, its facts in titled columns — technologies it is built on,
 * runs on or is weighed against on the left (labels to the left), use cases and traits on the right
 * (labels to the right), and what the texts deny (NOT) in a column of its own at the far right.
 */
export function neighbourhoodLayout(focus, nodes, edges, { width, height, style }) {
  const groups = new Map();
  nodes.forEach((n) => {
    if (n.id() === focus.id()) return;
    const g = groupOf(focus, n, edges, style);
    if (!groups.has(g.key)) groups.set(g.key, { ...g, members: [] });
    groups.get(g.key).members.push(n);
  });
  const order = (g) => {
    const i = GROUP_ORDER.indexOf(g.key);
    return i < 0 ? 100 : i;
  };
  const zones = { left: [], right: [], not: [] };
  for (const g of [...groups.values()].sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key))) {
    g.members.sort((a, b) => (b.data('mentions') || 0) - (a.data('mentions') || 0)
      || String(a.data('name')).localeCompare(String(b.data('name'))));
    zones[g.zone].push(g);
  }
  const rowH = 24;
  const titleH = 28;
  const gapH = 12;
  const columnsFor = (zone, maxRows) => {
    // groups flow down a column; a group that does not fit starts the next column (a long one is split)
    const columns = [];
    let col = null;
    for (const g of zone) {
      let i = 0;
      while (i < g.members.length) {
        const need = titleH + rowH;
        const left = g.members.length - i;
        const fits = Math.floor((maxRows * rowH - (col ? col.height : 0) - titleH - gapH) / rowH);
        // start a fresh column rather than strand a few members of a group at the foot of one or the top of the next
        const strand = col && fits < left && left <= maxRows - 1 && (fits < 3 || left - fits < 3);
        if (!col || col.height + need + gapH > maxRows * rowH || strand) {
          col = { items: [], height: 0 };
          columns.push(col);
        }
        if (col.height > 0) col.height += gapH;
        const room = Math.max(1, Math.floor((maxRows * rowH - col.height - titleH) / rowH));
        const slice = g.members.slice(i, i + room);
        col.items.push({ title: i === 0 ? `${g.title} · ${g.members.length}` : `${g.title} (cont.)`, negative: g.negative, members: slice });
        col.height += titleH + slice.length * rowH;
        i += slice.length;
      }
    }
    columns.forEach((c) => {
      const names = c.items.flatMap((it) => it.members.map((m) => textWidth(m.data('name'))));
      const titlesW = c.items.map((it) => textWidth(it.title) * 0.95);
      c.width = Math.min(240, Math.max(110, ...names, ...titlesW) + 34);
    });
    return columns;
  };
  const focusW = textWidth(focus.data('name')) + 40;
  let best = null;
  const total = nodes.length;
  for (let maxRows = 6; maxRows <= Math.max(8, total + 8); maxRows += 1) {
    const left = columnsFor(zones.left, maxRows);
    const right = columnsFor(zones.right, maxRows);
    const not = columnsFor(zones.not, maxRows);
    const w = [...left, ...right, ...not].reduce((s, c) => s + c.width + 28, 0) + focusW + 60;
    const h = Math.max(rowH * 3, ...[...left, ...right, ...not].map((c) => c.height)) + 20;
    const zoom = Math.min(width / w, height / h);
    if (!best || zoom > best.zoom + 0.001) best = { zoom, left, right, not, maxRows };
    if (h > height * 3) break;
  }
  const positions = new Map();
  const titles = [];
  const sides = new Map();
  positions.set(focus.id(), { x: 0, y: 0 });
  const place = (columns, direction, startX) => {
    let x = startX;
    for (const c of columns) {
      const colX = direction < 0 ? x - c.width : x;
      let y = -c.height / 2;
      c.items.forEach((item, index) => {
        if (index > 0) y += gapH;
        const anchorX = direction < 0 ? colX + c.width - 12 : colX + 12;
        titles.push({ x: direction < 0 ? colX + c.width : colX, y, text: item.title,
          cls: item.negative ? 'column-title negative' : 'column-title', align: direction < 0 ? 'right' : 'left' });
        y += titleH;
        for (const m of item.members) {
          positions.set(m.id(), { x: anchorX, y: y + rowH / 2 - 2 });
          sides.set(m.id(), direction < 0 ? 'left' : 'right');
          y += rowH;
        }
      });
      x = direction < 0 ? colX - 28 : colX + c.width + 28;
    }
    return x;
  };
  place(best.left, -1, -focusW / 2 - 30);
  const afterRight = place(best.right, 1, focusW / 2 + 30);
  place(best.not, 1, afterRight + 10);
  return { positions, titles, sides };
}

/**
 * Two entities compared: one on each side, what joins them (shared neighbours) in titled columns between
 * them, labels centred under each node.
 */
export function compareLayout(a, b, nodes, { width, height }) {
  const shared = nodes.filter((n) => n.id() !== a.id() && n.id() !== b.id())
    .sort((x, y) => String(x.data('kind')).localeCompare(String(y.data('kind'))) || (y.data('mentions') || 0) - (x.data('mentions') || 0));
  const rowH = 30;
  const maxRows = Math.max(6, Math.ceil(Math.sqrt(shared.length * (height / Math.max(1, width)) * 6)));
  const cols = Math.max(1, Math.ceil(shared.length / maxRows));
  const colW = Math.min(230, Math.max(120, ...shared.map((n) => textWidth(n.data('name')) + 40)));
  const positions = new Map();
  const middleW = cols * colW;
  const sideGap = Math.max(140, textWidth(a.data('name')) / 2 + 80, textWidth(b.data('name')) / 2 + 80);
  positions.set(a.id(), { x: -middleW / 2 - sideGap, y: 0 });
  positions.set(b.id(), { x: middleW / 2 + sideGap, y: 0 });
  const rows = Math.min(maxRows, shared.length);
  shared.forEach((n, i) => {
    const col = Math.floor(i / maxRows);
    const row = i % maxRows;
    positions.set(n.id(), { x: -middleW / 2 + col * colW + 14, y: (row - (rows - 1) / 2) * rowH });
  });
  const titles = shared.length
    ? [{ x: -middleW / 2, y: -((rows - 1) / 2) * rowH - 34, text: `what joins them · ${shared.length}`, cls: 'column-title' }]
    : [{ x: -middleW / 2, y: -34, text: 'nothing joins them in the graph', cls: 'column-title' }];
  return { positions, titles, sides: new Map(shared.map((n) => [n.id(), 'right'])) };
}
