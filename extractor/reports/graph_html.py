"""A self-contained, offline HTML view of the graph: SVG drawn by a little vanilla JavaScript.

Positions are computed here with networkx (a force-directed layout); the page only draws,
drags, zooms and shows details. The graph travels as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the script puts
every piece of letter text into the page with ``textContent``, so no letter text ever runs as
markup.
"""

from __future__ import annotations

import html
import json
import math

import networkx as nx

DEFAULT_TITLE = "policy-letters graph"
DEFAULT_LAYOUT_SEED = 7
DEFAULT_WIDTH = 1600
DEFAULT_HEIGHT = 1000
# Share of the canvas kept free around the drawing (labels stand to the right of their node).
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_Y = 0.03, 0.15, 0.04
# networkx switches to a SciPy layout above this many nodes; we stay on the NumPy one below it
# and use ForceAtlas2 (NumPy only) above it, so SciPy is not a dependency.
SPRING_MAX_NODES = 499
LAYOUT_ITERATIONS = 100
# Packing of the graph's connected parts: row width against the area they need, and the share of
# each part's box left empty around it.
PACK_WIDTH_FACTOR = 1.6
PACK_PADDING = 0.08
# Nodes with fewer links than this show their label only on hover (the rest would be a blur).
LABEL_MIN_DEGREE = 3
LABELLED_TYPES = ("letter", "route", "country")
TYPE_COLOURS = {
    "letter": "#444444",
    "country": "#1f77b4",
    "region": "#17becf",
    "organisation": "#ff7f0e",
    "person": "#9467bd",
    "route": "#d62728",
    "programme": "#2ca02c",
    "commitment": "#bcbd22",
}
EDGE_COLOURS = {
    "mentions": "#cccccc",
    "signs": "#9467bd",
    "states": "#bbbbbb",
    "makes": "#ff7f0e",
    "benefits": "#1f77b4",
    "through": "#2ca02c",
    "on_route": "#d62728",
    "partnership": "#8c564b",
}


def _component_layout(sub: nx.Graph, seed: int) -> dict:
    """Positions of one connected component in the unit square."""
    if sub.number_of_nodes() == 1:
        return {next(iter(sub)): (0.5, 0.5)}
    if sub.number_of_nodes() <= SPRING_MAX_NODES:
        pos = nx.spring_layout(sub, seed=seed, iterations=LAYOUT_ITERATIONS)
    else:
        try:
            pos = nx.forceatlas2_layout(sub, seed=seed, max_iter=LAYOUT_ITERATIONS)
        except (AttributeError, ImportError):
            pos = nx.circular_layout(sub)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {n: ((float(p[0]) - min(xs)) / span_x, (float(p[1]) - min(ys)) / span_y) for n, p in pos.items()}


def layout(graph: nx.MultiDiGraph, seed: int = DEFAULT_LAYOUT_SEED) -> dict:
    """Node positions in [0, 1] x [0, 1]: each connected part laid out by force, the parts packed
    in rows by size (one force layout of them all pushes a lone letter miles away)."""
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(graph.to_undirected(as_view=True))
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), sorted(map(str, c))[0]))
    sizes = [max(1.0, math.sqrt(len(part))) for part in parts]
    row_width = max(sizes[0], math.sqrt(sum(size * size for size in sizes)) * PACK_WIDTH_FACTOR)
    placed = {}
    x = y = row_height = 0.0
    for part, size in zip(parts, sizes):
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        inner = _component_layout(simple.subgraph(part), seed)
        pad = size * PACK_PADDING
        for node, (px, py) in inner.items():
            placed[node] = (x + pad + px * (size - 2 * pad), y + pad + py * (size - 2 * pad))
        x += size
        row_height = max(row_height, size)
    width = max(p[0] for p in placed.values()) or 1.0
    height = max(p[1] for p in placed.values()) or 1.0
    return {n: (p[0] / width, p[1] / height) for n, p in placed.items()}


def graph_payload(graph: nx.MultiDiGraph) -> dict:
    """The graph as the page's JSON: nodes with positions, edges by node index."""
    pos = layout(graph)
    index = {}
    nodes = []
    for i, (node, data) in enumerate(graph.nodes(data=True)):
        index[node] = i
        x, y = pos.get(node, (0.5, 0.5))
        attrs = {k: v for k, v in data.items() if k not in ("type", "label")}
        nodes.append(
            {
                "id": str(node),
                "type": str(data.get("type", "")),
                "label": str(data.get("label", node)),
                "x": round((MARGIN_LEFT + x * (1 - MARGIN_LEFT - MARGIN_RIGHT)) * DEFAULT_WIDTH, 1),
                "y": round((MARGIN_Y + y * (1 - 2 * MARGIN_Y)) * DEFAULT_HEIGHT, 1),
                "degree": graph.degree(node),
                "labelled": data.get("type") in LABELLED_TYPES or graph.degree(node) >= LABEL_MIN_DEGREE,
                "attrs": attrs,
            }
        )
    edges = []
    for source, target, data in graph.edges(data=True):
        attrs = {k: v for k, v in data.items() if k != "type"}
        edges.append({"s": index[source], "t": index[target], "type": str(data.get("type", "")), "attrs": attrs})
    return {"nodes": nodes, "edges": edges, "colours": TYPE_COLOURS, "edgeColours": EDGE_COLOURS}


def script_json(payload: dict) -> str:
    """JSON safe to place inside a <script> element: no '<', '>' or '&' survives unescaped."""
    text = json.dumps(payload, ensure_ascii=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_body(title: str = DEFAULT_TITLE) -> str:
    """The drawing surface and side panel the script fills (the page's body without its data and script)."""
    return (
        BODY.replace("__TITLE__", html.escape(title))
        .replace("__WIDTH__", str(DEFAULT_WIDTH))
        .replace("__HEIGHT__", str(DEFAULT_HEIGHT))
    )


def render_html(graph: nx.MultiDiGraph, title: str = DEFAULT_TITLE) -> str:
    """The whole page: styles, the graph's JSON and the drawing script, nothing fetched."""
    return (
        PAGE.replace("__TITLE__", html.escape(title))
        .replace("__WIDTH__", str(DEFAULT_WIDTH))
        .replace("__HEIGHT__", str(DEFAULT_HEIGHT))
        .replace("__DATA__", script_json(graph_payload(graph)))
        .replace("__SCRIPT__", SCRIPT)
    )


# The page's styles and drawing surface, also used where the graph is shown inside another page (letters serve).
STYLE = """
body { margin: 0; font: 13px/1.4 system-ui, sans-serif; display: flex; height: 100vh; }
#main { flex: 1; position: relative; }
#graph { width: 100%; height: 100%; background: #fafafa; cursor: grab; }
#side { width: 340px; overflow: auto; border-left: 1px solid #ddd; padding: 10px; box-sizing: border-box; }
#side h2 { font-size: 15px; margin: 4px 0; }
#legend label { display: block; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
.node text { font-size: 11px; pointer-events: none; fill: #222; }
.node.quiet text { display: none; }
.node.quiet:hover text, .node.quiet.hit text { display: inline; }
.node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
.node.hit circle { stroke: #000; stroke-width: 3; }
.edge { stroke-opacity: 0.7; cursor: pointer; }
.edge:hover, .edge.hit { stroke: #000 !important; stroke-opacity: 1; }
.hidden { display: none; }
#details dt { font-weight: 600; margin-top: 4px; }
#details dd { margin: 0 0 0 8px; white-space: pre-wrap; word-break: break-word; }
#search { width: 100%; box-sizing: border-box; margin: 6px 0; }
"""

BODY = """<div id="main"><svg id="graph" viewBox="0 0 __WIDTH__ __HEIGHT__" xmlns="http://www.w3.org/2000/svg"><g id="viewport"><g id="edges"></g><g id="nodes"></g></g></svg></div>
<div id="side">
<h2>__TITLE__</h2>
<div id="counts"></div>
<input id="search" type="search" placeholder="find a node by name">
<div id="legend"></div>
<h2>Details</h2>
<p id="hint">Click a node or an edge; drag nodes; scroll to zoom; drag the background to pan.</p>
<dl id="details"></dl>
</div>
"""

PAGE = (
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>__TITLE__</title>
<style>"""
    + STYLE
    + """</style>
</head>
<body>
"""
    + BODY
    + """<script type="application/json" id="graph-data">__DATA__</script>
<script>__SCRIPT__</script>
</body>
</html>
"""
)

SCRIPT = r"""
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var viewport = document.getElementById("viewport");
  var edgeLayer = document.getElementById("edges");
  var nodeLayer = document.getElementById("nodes");
  var details = document.getElementById("details");
  var hiddenTypes = {};
  var view = { x: 0, y: 0, k: 1 };

  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    for (var key in attrs) { e.setAttribute(key, attrs[key]); }
    return e;
  }
  function radius(n) { return 4 + Math.min(14, Math.sqrt(n.degree) * 2); }

  function showPairs(title, pairs) {
    while (details.firstChild) { details.removeChild(details.firstChild); }
    var head = document.createElement("dt");
    head.textContent = title;
    details.appendChild(head);
    pairs.forEach(function (pair) {
      var dt = document.createElement("dt");
      dt.textContent = pair[0];
      var dd = document.createElement("dd");
      dd.textContent = String(pair[1]);
      details.appendChild(dt);
      details.appendChild(dd);
    });
  }
  function attrPairs(attrs) {
    return Object.keys(attrs).sort().map(function (k) { return [k, attrs[k]]; });
  }

  data.edges.forEach(function (e, i) {
    var line = el("line", { "class": "edge", "stroke": data.edgeColours[e.type] || "#999", "stroke-width": e.type === "mentions" ? 1 : 2 });
    line.dataset.index = String(i);
    var tip = el("title", {});
    tip.textContent = e.type + (e.attrs.evidence ? ": " + e.attrs.evidence : "");
    line.appendChild(tip);
    line.addEventListener("click", function (ev) { ev.stopPropagation(); showEdge(i); });
    line.addEventListener("mouseenter", function () { showEdge(i); });
    e.line = line;
    edgeLayer.appendChild(line);
  });

  data.nodes.forEach(function (n, i) {
    var g = el("g", { "class": n.labelled ? "node" : "node quiet" });
    g.dataset.type = n.type;
    g.dataset.index = String(i);
    var c = el("circle", { "r": radius(n), "fill": data.colours[n.type] || "#999" });
    var t = el("text", { "dx": radius(n) + 2, "dy": 4 });
    t.textContent = n.label;
    var tip = el("title", {});
    tip.textContent = n.type + ": " + n.label;
    c.appendChild(tip);
    g.appendChild(c);
    g.appendChild(t);
    n.g = g;
    n.edges = [];
    nodeLayer.appendChild(g);
    c.addEventListener("pointerdown", function (ev) { startDrag(ev, n); });
    c.addEventListener("click", function (ev) { ev.stopPropagation(); showNode(i); });
  });
  data.edges.forEach(function (e) { data.nodes[e.s].edges.push(e); data.nodes[e.t].edges.push(e); });

  function place(n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); }
  function placeEdge(e) {
    var a = data.nodes[e.s], b = data.nodes[e.t];
    e.line.setAttribute("x1", a.x); e.line.setAttribute("y1", a.y);
    e.line.setAttribute("x2", b.x); e.line.setAttribute("y2", b.y);
  }
  data.nodes.forEach(place);
  data.edges.forEach(placeEdge);

  function showNode(i) {
    var n = data.nodes[i];
    var pairs = [["id", n.id], ["type", n.type], ["label", n.label]].concat(attrPairs(n.attrs));
    var linked = n.edges.map(function (e) {
      var other = data.nodes[e.s === i ? e.t : e.s];
      return [e.type + (e.s === i ? " →" : " ←"), other.label];
    });
    showPairs(n.label, pairs.concat(linked));
  }
  function showEdge(i) {
    var e = data.edges[i];
    showPairs(e.type, [["from", data.nodes[e.s].label], ["to", data.nodes[e.t].label]].concat(attrPairs(e.attrs)));
  }

  function toGraph(ev) {
    var pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    var p = pt.matrixTransform(viewport.getScreenCTM().inverse());
    return { x: p.x, y: p.y };
  }
  var drag = null;
  function startDrag(ev, n) { ev.stopPropagation(); drag = { node: n }; svg.setPointerCapture && svg.setPointerCapture(ev.pointerId); }
  svg.addEventListener("pointerdown", function (ev) { drag = { pan: true, x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    if (drag.node) {
      var p = toGraph(ev);
      drag.node.x = p.x; drag.node.y = p.y;
      place(drag.node);
      drag.node.edges.forEach(placeEdge);
    } else if (drag.pan) {
      var scale = svg.viewBox.baseVal.width / svg.clientWidth;
      view.x = drag.vx + (ev.clientX - drag.x) * scale;
      view.y = drag.vy + (ev.clientY - drag.y) * scale;
      applyView();
    }
  });
  window.addEventListener("pointerup", function () { drag = null; });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var factor = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
    view.k = Math.max(0.1, Math.min(10, view.k * factor));
    applyView();
  }, { passive: false });
  function applyView() { viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }

  function applyHidden() {
    data.nodes.forEach(function (n) { n.g.classList.toggle("hidden", !!hiddenTypes[n.type]); });
    data.edges.forEach(function (e) {
      var hide = hiddenTypes[data.nodes[e.s].type] || hiddenTypes[data.nodes[e.t].type] || hiddenTypes["edge:" + e.type];
      e.line.classList.toggle("hidden", !!hide);
    });
  }
  var legend = document.getElementById("legend");
  var typeCounts = {};
  data.nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  Object.keys(data.colours).forEach(function (type) {
    if (!typeCounts[type]) { return; }
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hiddenTypes[type] = !box.checked; applyHidden(); });
    var sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = data.colours[type];
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(document.createTextNode(type + " (" + typeCounts[type] + ")"));
    legend.appendChild(label);
  });
  var mentionBox = document.createElement("label");
  var mentionInput = document.createElement("input");
  mentionInput.type = "checkbox"; mentionInput.checked = true;
  mentionInput.addEventListener("change", function () { hiddenTypes["edge:mentions"] = !mentionInput.checked; applyHidden(); });
  mentionBox.appendChild(mentionInput);
  mentionBox.appendChild(document.createTextNode("letter-mentions edges"));
  legend.appendChild(mentionBox);
  document.getElementById("counts").textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";

  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    data.nodes.forEach(function (n) { n.g.classList.toggle("hit", q.length > 1 && n.label.toLowerCase().indexOf(q) >= 0); });
  });
  svg.addEventListener("click", function () {
    while (details.firstChild) { details.removeChild(details.firstChild); }
  });
  document.body.dataset.rendered = "true";
})();
"""
