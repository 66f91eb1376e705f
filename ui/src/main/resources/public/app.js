import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';

const status = document.getElementById('status');

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

function stylesheet(style) {
  const rules = [
    { selector: 'node', style: { label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
      width: 'mapData(mentions, 0, 30, 18, 48)', height: 'mapData(mentions, 0, 30, 18, 48)' } },
    { selector: 'edge', style: { label: 'data(type)', 'font-size': 7, 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1',
      color: '#555', 'text-rotation': 'autorotate' } },
    { selector: 'edge[polarity = "negative"]', style: { 'line-style': style.negative.lineStyle,
      'line-color': style.negative.color, 'target-arrow-color': style.negative.color, color: style.negative.color } },
  ];
  for (const [kind, k] of Object.entries(style.kinds)) {
    rules.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': k.color, shape: k.shape } });
  }
  return rules;
}

function legend(style) {
  const aside = document.getElementById('legend');
  const title = document.createElement('h2');
  title.textContent = 'Kinds';
  aside.append(title);
  for (const [kind, k] of Object.entries(style.kinds)) {
    const item = document.createElement('div');
    item.className = 'legend-item';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = k.color;
    const label = document.createElement('span');
    label.textContent = kind;
    item.append(swatch, label);
    aside.append(item);
  }
}

async function main() {
  const [style, graph] = await Promise.all([getJson('graph-style.json'), getJson('/api/graph')]);
  legend(style);
  window.cy = cytoscape({
    container: document.getElementById('graph'),
    elements: { nodes: graph.nodes, edges: graph.edges },
    style: stylesheet(style),
    layout: { name: 'cose', animate: false, nodeRepulsion: 8000 },
  });
  status.textContent = `${graph.nodes.length} of ${graph.total} entities, ${graph.edges.length} facts`;
}

main().catch((e) => { status.textContent = `Could not load the graph: ${e.message}`; });
