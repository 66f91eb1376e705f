// Evidence sentences: highlighted entity names, and a link to the document they come from.
import { el, highlighted } from './dom.js';
import { segment } from './api.js';

/**
 * A list of evidence items ({document, documentId, sentenceId, sentence}); names are highlighted in each
 * sentence; openDocument(documentId, sentenceId) is called when a document link is activated.
 */
export function evidenceList(items, names, openDocument) {
  if (!items || items.length === 0) return el('p', { class: 'muted', text: 'No evidence sentences given.' });
  return el('ul', { class: 'evidence' }, items.map((item) => el('li', {},
    el('q', { class: 'sentence' }, highlighted(item.sentence, names)),
    ' ',
    documentLink(item, openDocument))));
}

function documentLink(item, openDocument) {
  if (!item.documentId) return el('span', { class: 'source', text: item.document || '' });
  return el('a', {
    class: 'source', href: `/api/documents/${segment(item.documentId)}`,
    title: 'Show the document (middle-click for its JSON)',
    onclick: (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      openDocument(item.documentId, item.sentenceId);
    },
  }, '— ', item.document || item.documentId);
}
