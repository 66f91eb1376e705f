// The only way the page talks to the server: JSON over the TechGraph HTTP API.

/** A failed call: HTTP status (0 when unreachable), message for the user, hints, and whether the endpoint is missing. */
export class ApiFailure extends Error {
  constructor(status, message, hints = [], missing = false) {
    super(message);
    this.status = status;
    this.hints = hints;
    this.missing = missing;
  }
}

/** Calls the API and returns the parsed JSON body; throws ApiFailure with a readable message. */
export async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  let response;
  try {
    response = await fetch(path, { ...options, headers: { Accept: 'application/json', ...(options.headers || {}) } });
  } catch (e) {
    throw new ApiFailure(0, `The server cannot be reached (${e.message}).`);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const endpoint = `${method} ${path.split('?')[0]}`;
  if (!response.ok) {
    // an ApiError body ({status, error, message, hints}) means the endpoint exists and said no
    const apiShaped = body && typeof body === 'object' && 'error' in body && 'status' in body;
    const missing = !apiShaped && [404, 405, 501].includes(response.status);
    const message = missing
      ? `This server does not offer ${endpoint} yet.`
      : (body && body.message) || response.statusText || `HTTP ${response.status}`;
    throw new ApiFailure(response.status, message, Array.isArray(body && body.hints) ? body.hints : [], missing);
  }
  if (body === null && text) {
    throw new ApiFailure(response.status, `${endpoint} did not answer with JSON.`, [], true);
  }
  return body;
}

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** One path segment, encoded. */
export function segment(value) {
  return encodeURIComponent(String(value));
}
