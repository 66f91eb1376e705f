// The legend doubles as the filter: one checkbox per kind (with its colour and shape) and per relationship type.
import { el, fill } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const SHAPES = {
  ellipse: ['circle', { cx: 8, cy: 8, r: 7 }],
  'round-rectangle': ['rect', { x: 1, y: 3, width: 14, height: 10, rx: 3 }],
  hexagon: ['polygon', { points: '4,1 12,1 15,8 12,15 4,15 1,8' }],
  rectangle: ['rect', { x: 1, y: 2, width: 14, height: 12 }],
  diamond: ['polygon', { points: '8,1 15,8 8,15 1,8' }],
  tag: ['polygon', { points: '1,2 11,2 15,8 11,14 1,14' }],
  barrel: ['rect', { x: 2, y: 1, width: 12, height: 14, rx: 4, ry: 2 }],
};

function shapeIcon(shape, color) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'shape');
  svg.setAttribute('aria-hidden', 'true');
  const [tag, attrs] = SHAPES[shape] || SHAPES.ellipse;
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.setAttribute('fill', color);
  svg.append(node);
  return svg;
}

/** Builds the kind and type checkboxes; onChange('kind' | 'type') fires on every toggle. */
export function buildLegend({ kindBox, typeBox, style, hiddenKinds, hiddenTypes, onChange }) {
  const changed = (what) => onChange(what);
  fill(kindBox, Object.entries(style.kinds).map(([kind, k]) => {
    const box = el('input', { type: 'checkbox', value: kind, checked: !hiddenKinds.has(kind), 'data-kind': kind });
    box.addEventListener('change', () => { box.checked ? hiddenKinds.delete(kind) : hiddenKinds.add(kind); changed('kind'); });
    return el('label', { class: 'check' }, box, shapeIcon(k.shape, k.color), el('span', { text: k.label }),
      el('span', { class: 'count', 'data-count-kind': kind }));
  }));
  fill(typeBox, Object.entries(style.types).map(([type, t]) => {
    const box = el('input', { type: 'checkbox', value: type, checked: !hiddenTypes.has(type), 'data-type': type });
    box.addEventListener('change', () => { box.checked ? hiddenTypes.delete(type) : hiddenTypes.add(type); changed('type'); });
    return el('label', { class: 'check' }, box,
      el('span', { class: 'line-swatch', style: `border-top-color:${t.color}` }), el('span', { text: t.label }));
  }));
}

/** Shows how many nodes of each kind are in view. */
export function showCounts(kindBox, counts) {
  kindBox.querySelectorAll('[data-count-kind]').forEach((span) => {
    span.textContent = String(counts[span.dataset.countKind] || 0);
  });
}

/** Syncs the checkboxes with the sets (after back/forward). */
export function syncLegend(kindBox, typeBox, hiddenKinds, hiddenTypes) {
  kindBox.querySelectorAll('input[data-kind]').forEach((box) => { box.checked = !hiddenKinds.has(box.dataset.kind); });
  typeBox.querySelectorAll('input[data-type]').forEach((box) => { box.checked = !hiddenTypes.has(box.dataset.type); });
}
