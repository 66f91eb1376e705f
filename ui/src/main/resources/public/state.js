// The page state that belongs in the URL (after #), so a view can be shared and reloaded. Reading a
// canonical address and writing it back gives the same address (a test checks it).

const FIELDS = ['focus', 'depth', 'polarity', 'ask', 'tab', 'limit', 'a', 'b', 'entity'];

/** Deepest neighbourhood the server draws (GET /api/graph answers 400 beyond it). */
export const MAX_DEPTH = 3;
/** Most nodes the server draws in one view. */
export const MAX_LIMIT = 2000;
/** What the first view leaves out until asked: use cases and traits come in on demand. */
export const OVERVIEW_HIDDEN = ['UseCase', 'Trait'];

/** Reads the state from location.hash; hide is null when the address does not say (the mode's default). */
export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const state = {};
  for (const key of FIELDS) {
    if (params.has(key)) state[key] = params.get(key);
  }
  state.hide = params.has('hide') ? params.get('hide').split(',').filter(Boolean) : null;
  state.types = params.has('types') ? params.get('types').split(',').filter(Boolean) : [];
  state.depth = clampInt(state.depth, 1, 1, MAX_DEPTH);
  state.limit = clampInt(state.limit, 300, 1, MAX_LIMIT);
  if (!['positive', 'negative'].includes(state.polarity)) state.polarity = 'all';
  return state;
}

/** The kinds hidden now: the address's list, or by default use cases and traits in the overview only. */
export function hiddenKinds(state) {
  return state.hide ?? (state.focus || (state.a && state.b && state.tab === 'compare') ? [] : OVERVIEW_HIDDEN);
}

function clampInt(value, fallback, min, max) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** The address of a state, in one canonical order. */
export function hashOf(state) {
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
  if (state.hide != null) params.set('hide', state.hide.join(','));
  if (state.types && state.types.length) params.set('types', state.types.join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Writes the state to the URL; push adds a history entry (a new focus), otherwise it replaces the current one. */
export function writeState(state, push = false) {
  const hash = hashOf(state);
  if (hash === location.hash || (!hash && !location.hash)) return;
  const url = `${location.pathname}${location.search}${hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
