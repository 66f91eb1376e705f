// DOM helpers. Every piece of data reaches the page as text (textContent / text nodes), never as HTML.

/**
 * Creates an element. props: class, text, on<event> handlers, dataset, any attribute; children: nodes or
 * strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentence as text nodes, with each occurrence of one of the names wrapped in a <mark>.
 * Names match case-insensitively and only as whole words (so "C" does not light up every "c").
 */
export function highlighted(sentence, names) {
  const fragment = document.createDocumentFragment();
  const text = String(sentence ?? '');
  const terms = [...new Set((names || []).filter((n) => n && String(n).trim().length > 0).map(String))]
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) fragment.append(text.slice(last, match.index));
    fragment.append(el('mark', { text: match[0] }));
    last = match.index + match[0].length;
  }
  if (last < text.length) fragment.append(text.slice(last));
  return fragment;
}

/** Offers a Blob to the user as a download. */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Calls fn at most once per wait ms, after the last call. */
export function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
