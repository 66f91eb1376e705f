// Search as you type through the API's one name resolver (/api/entities?q=): names, aliases, short forms
// (nodejs, golang, js, realtime) and close spellings; a keyboard-driven dropdown.
import { api, query } from './api.js';
import { el, fill, debounce, highlighted } from './dom.js';

/** Wires the search box; onPick(name, kind) is called for the chosen entity. fallback(q) searches the view. */
export function setupSearch({ input, list, style, onPick, fallback, onMessage }) {
  let items = [];
  let active = -1;
  let ticket = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const mark = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };

  const pick = (item) => {
    close();
    input.value = item.name;
    onPick(item.name, item.kind);
  };

  const render = (q) => {
    if (items.length === 0) {
      fill(list, el('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', text: `Nothing called “${q}”` }));
    } else {
      fill(list, items.map((item, i) => {
        const k = style.kinds[item.kind];
        // the resolver says what matched: an alias or short form ("nodejs" → Node.js), or a close spelling
        const alias = item.matched && item.matched !== item.name ? item.matched
          : (item.aliases || []).find((a) => a.toLowerCase().includes(q.toLowerCase()) && a !== item.name);
        return el('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false',
          onmousedown: (e) => { e.preventDefault(); pick(item); } },
          el('span', { class: 'dot', style: `background:${k ? k.color : '#777'}` }),
          el('span', { class: 'option-name' }, highlighted(item.name, [q])),
          el('span', { class: 'option-kind', text: k ? k.label : item.kind }),
          alias ? el('span', { class: 'option-alias' }, '(', highlighted(alias, [q]), ')') : null,
          item.match === 'close' ? el('span', { class: 'option-close', text: 'close spelling' }) : null);
      }));
    }
    list.dataset.query = q;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark(items.length ? 0 : -1);
  };

  const run = debounce(async () => {
    const q = input.value.trim();
    const mine = ++ticket;
    if (!q) { close(); return; }
    try {
      const body = await api(`/api/entities${query({ q, limit: 12 })}`);
      if (mine !== ticket) return;
      items = body.items || [];
    } catch (e) {
      if (mine !== ticket) return;
      if (!e.missing) { onMessage(e.message); return; }
      items = fallback(q);  // the endpoint is not there yet: search what the view holds
    }
    render(q);
  }, 120);

  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !list.hidden) { e.preventDefault(); mark(Math.min(items.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp' && !list.hidden) { e.preventDefault(); mark(Math.max(0, active - 1)); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && items[active]) pick(items[active]);
      else if (input.value.trim()) onPick(input.value.trim(), null);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

/** Fills a datalist with entity names as the user types in any of the inputs. */
export function setupSuggestions(inputs, datalist) {
  const run = debounce(async (q) => {
    try {
      const body = await api(`/api/entities${query({ q, limit: 10 })}`);
      fill(datalist, (body.items || []).map((item) => el('option', { value: item.name })));
    } catch {
      // suggestions are a convenience; the compare form works without them
    }
  }, 150);
  for (const input of inputs) input.addEventListener('input', () => input.value.trim() && run(input.value.trim()));
}
