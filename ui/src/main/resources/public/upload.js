// Importing a document: file picker or drag-and-drop onto the page, POST /api/documents (multipart).
import { api } from './api.js';
import { el, fill } from './dom.js';

const ACCEPT = '.md,.markdown,.txt,.text,.html,.htm,.pdf';

/** Sets up the Import tab when the server says it is writable; onImported(outcome) refreshes the view. */
export async function setupImport({ body, overlay, onImported, onMessage }) {
  let config;
  try {
    config = await api('/api/config');
  } catch (e) {
    fill(body, el('p', { class: 'notice', text: `Import is not available: ${e.message}` }),
      el('p', { class: 'muted', text: 'Documents can always be imported from the command line: ./techgraph import PATH…' }));
    return config;
  }
  if (!config.writable) {
    fill(body, el('p', { class: 'notice', text: 'This server is read-only for the page (it requires a token for writes).' }),
      el('p', { class: 'muted', text: 'Import from the command line instead: ./techgraph import PATH…' }));
    return config;
  }
  const result = el('div', { class: 'import-result', 'aria-live': 'polite' });
  const picker = el('input', { type: 'file', id: 'import-file', accept: ACCEPT, multiple: true });
  const send = async (files) => {
    for (const file of files) {
      fill(result, el('p', { class: 'muted', text: `Importing ${file.name}…` }));
      const form = new FormData();
      form.append('file', file, file.name);
      form.append('source', file.name);
      try {
        const outcome = await api('/api/documents', { method: 'POST', body: form });
        fill(result, el('p', { class: 'ok', text: `${file.name}: ${outcome.status || 'imported'}, ${outcome.sentences ?? '?'} sentences, ${outcome.entitiesAdded ?? 0} new entities.` }));
        await onImported(outcome);
      } catch (e) {
        fill(result, el('p', { class: 'error', role: 'alert', text: `${file.name}: ${e.message}` }));
        onMessage(`Import of ${file.name} failed: ${e.message}`);
      }
    }
  };
  picker.addEventListener('change', () => { send([...picker.files]); picker.value = ''; });
  fill(body,
    el('p', { text: 'Markdown, text, HTML or PDF. Drop a file anywhere on the page, or choose one:' }),
    el('label', { class: 'file-label', for: 'import-file' }, 'Choose a file…'), picker,
    result);

  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer && e.dataTransfer.types) || []].includes('Files');
  document.addEventListener('dragenter', (e) => { if (hasFiles(e)) { depth++; overlay.hidden = false; } });
  document.addEventListener('dragleave', () => { depth = Math.max(0, depth - 1); if (depth === 0) overlay.hidden = true; });
  document.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    send([...e.dataTransfer.files]);
  });
  return config;
}
