// The Ask box: plain-English questions (/api/ask?q=), answers listed with evidence, the Cypher shown.
import { api, query } from './api.js';
import { el, fill } from './dom.js';
import { evidenceList } from './evidence.js';

/** Asks and renders into container; returns the answer names (empty on failure). */
export async function ask(question, { container, style, onSelect, openDocument, onRetry }) {
  fill(container, el('p', { class: 'muted', text: `Asking “${question}”…` }));
  let result;
  try {
    result = await api(`/api/ask${query({ q: question })}`);
  } catch (e) {
    const names = e.status === 404;  // a name it did not find: the hints are the closest names
    fill(container,
      el('p', { class: 'error', role: 'alert', text: e.message }),
      names && e.hints && e.hints.length ? el('p', { class: 'muted', text: `Closest names: ${e.hints.join(', ')}` }) : null,
      !names && e.hints && e.hints.length ? [el('p', { text: 'Questions it understands:' }),
        el('ul', { class: 'hints' }, e.hints.map((h) => el('li', {},
          el('button', { type: 'button', class: 'link', text: String(h), onclick: () => onRetry(String(h)) }))))] : null);
    return [];
  }
  const answers = result.answers || [];
  const contested = result.contested || [];
  const conditional = result.conditional || [];
  // one answer: its score (net documents for it), and when the documents disagree the sentences against it
  const item = (a) => {
    const k = style.kinds[a.kind];
    const qualifier = (a.facts || []).map((f) => f.qualifier).find((q) => q);
    return el('li', { class: 'answer' },
      el('div', { class: 'rel-head' },
        el('button', { type: 'button', class: 'link answer-name', text: a.name, onclick: () => onSelect(a.name, a.kind) }),
        ' ', el('span', { class: 'kind-badge', style: `--kind-color: ${k ? k.color : '#777'}`, text: k ? k.label : a.kind }),
        a.score != null ? el('span', { class: 'weight', title: 'documents for it minus documents against it',
          text: `score ${Math.round(a.score * 100) / 100}` }) : null,
        a.verdict && a.verdict !== 'supported' ? el('span', { class: 'badge', text: a.verdict }) : null,
        qualifier ? el('span', { class: 'badge qualifier', text: qualifier }) : null),
      evidenceList(a.evidence, [a.name], openDocument),
      a.against && a.against.length ? [el('p', { class: 'meta', text: 'Against:' }),
        evidenceList(a.against, [a.name], openDocument)] : null);
  };
  fill(container,
    el('h2', { text: result.question || question }),
    result.form ? el('p', { class: 'meta', text: `Understood as: ${result.form}` }) : null,
    result.verdict ? el('p', { class: 'verdict', text: `Verdict of the documents: ${result.verdict}` }) : null,
    answers.length === 0 ? el('p', { class: 'muted', text: 'No answers in the graph.' }) : null,
    el('ol', { class: 'answers' }, answers.map(item)),
    contested.length ? [el('h3', { text: 'Contested: the documents disagree' }),
      el('ol', { class: 'answers contested' }, contested.map(item))] : null,
    conditional.length ? [el('h3', { text: 'Only on a condition' }),
      el('ol', { class: 'answers conditional' }, conditional.map(item))] : null,
    result.verdict === 'denied' && result.stance ? el('ol', { class: 'answers denied' }, item(result.stance)) : null,
    result.cypher ? el('details', { class: 'cypher-ran', open: true },
      el('summary', { text: 'The Cypher it ran' }),
      el('pre', { class: 'code', text: result.cypher }),
      result.params && Object.keys(result.params).length
        ? el('pre', { class: 'code params', text: `params: ${JSON.stringify(result.params, null, 2)}` }) : null) : null);
  return answers.map((a) => a.name);
}
