// The page state that belongs in the URL (after #), so a view can be shared and reloaded.

const LISTS = ['hide', 'types'];
const FIELDS = ['focus', 'depth', 'polarity', 'ask', 'tab', 'limit', 'a', 'b', 'entity'];

/** Reads the state from location.hash. */
export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const state = {};
  for (const key of FIELDS) {
    if (params.has(key)) state[key] = params.get(key);
  }
  for (const key of LISTS) {
    state[key] = params.has(key) ? params.get(key).split(',').filter(Boolean) : [];
  }
  state.depth = clampInt(state.depth, 1, 1, 6);
  state.limit = clampInt(state.limit, 300, 1, 5000);
  if (!['positive', 'negative'].includes(state.polarity)) state.polarity = 'all';
  return state;
}

function clampInt(value, fallback, min, max) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Writes the state to the URL; push adds a history entry (a new focus), otherwise it replaces the current one. */
export function writeState(state, push = false) {
  const params = new URLSearchParams();
  for (const key of FIELDS) {
    const value = state[key];
    if (value == null || value === '') continue;
    if (key === 'depth' && Number(value) === 1) continue;
    if (key === 'limit' && Number(value) === 300) continue;
    if (key === 'polarity' && value === 'all') continue;
    if (key === 'tab' && value === 'details') continue;
    params.set(key, String(value));
  }
  for (const key of LISTS) {
    if (state[key] && state[key].length) params.set(key, state[key].join(','));
  }
  const hash = params.toString() ? `#${params}` : '';
  if (hash === location.hash || (!hash && !location.hash)) return;
  const url = `${location.pathname}${location.search}${hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
