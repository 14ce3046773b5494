"""The offline HTML view, checked in headless Chromium: it renders, and letter text stays text."""

from __future__ import annotations

import re

import pytest
from browser import dump_dom, require_chromium

from extractor.reports.graph import build_graph
from extractor.reports.graph_html import render_html, script_json
from models.entities import Grounding, Mention
from models.extraction import Extraction, LetterSummary

ATTACK = "<script>document.title='pwned'</script><img src=x onerror=\"document.body.dataset.hacked='1'\">"


def attack_graph():
    body = f"Libya and Tunisia cooperate. {ATTACK} remains a concern."
    g = Grounding(start=0, end=5, sentence=0, sentence_text=body)
    return build_graph(
        [
            Extraction(
                letter=LetterSummary(id="evil</script>", source="x.txt", sha256="e" * 64, format="text"),
                body=body,
                mentions=[
                    Mention(type="country", text="Libya", norm="LBY", grounding=g),
                    Mention(type="country", text="Tunisia", norm="TUN", grounding=g),
                    Mention(type="organisation", text=ATTACK, norm=ATTACK, grounding=g),
                ],
            )
        ]
    )


def test_embedded_json_cannot_close_its_script():
    text = script_json({"a": "</script><img src=x>&amp;"})
    assert "<" not in text and ">" not in text and "&" not in text


def test_page_is_self_contained():
    page = render_html(attack_graph())
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)
    assert "</script><img" not in page
    assert page.count("<script") == 2  # the data and the drawing script, nothing injected


@pytest.mark.slow
def test_renders_in_chromium_with_nodes_and_no_injected_markup(tmp_path):
    require_chromium()
    graph = attack_graph()
    page = tmp_path / "graph.html"
    page.write_text(render_html(graph), encoding="utf-8")
    dom = dump_dom(page)
    assert 'data-rendered="true"' in dom
    drawn = re.findall(r'<g class="node[^"]*" data-type="(\w+)"', dom)
    assert len(drawn) == graph.number_of_nodes() == 4
    assert sorted(set(drawn)) == ["country", "letter", "organisation"]
    assert len(re.findall(r'<line class="edge"', dom)) == graph.number_of_edges()
    # The attack text is in the page only as text: no <img> element, no handler ran.
    assert "<img" not in dom
    assert 'data-hacked="1"' not in dom
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom).group(1)
    assert "&lt;img src=x onerror=" in dom  # shown, escaped, as a label


def test_layout_packs_a_lone_node_without_squashing_the_rest():
    import networkx as nx

    from extractor.reports.graph_html import layout

    graph = nx.MultiDiGraph()
    nx.add_path(graph, [f"n{i}" for i in range(30)])
    graph.add_node("alone")
    pos = layout(graph)
    assert set(pos) == set(graph.nodes)
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in pos.values())
    xs = [pos[f"n{i}"][0] for i in range(30)]
    ys = [pos[f"n{i}"][1] for i in range(30)]
    assert max(xs) - min(xs) > 0.4 and max(ys) - min(ys) > 0.4
