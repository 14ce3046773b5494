"""JSON shapes of `letters graph`: nodes, edges with provenance, neighbours, paths, exports."""

from __future__ import annotations

from typing import Optional, Union

from pydantic import BaseModel, Field

Scalar = Union[str, int, float, bool]


class GraphNode(BaseModel):
    """A node of the graph: a letter, an entity or a commitment."""

    id: str = Field(description="ISO alpha-3 for a country, type:slug for other entities, letter:ID, LETTER#cN")
    type: str = Field(description="letter, country, region, organisation, person, route, programme, commitment")
    label: str
    attrs: dict[str, Scalar] = Field(default_factory=dict)


class GraphEdge(BaseModel):
    """A typed edge with the place in a letter that states it."""

    source: str
    target: str
    type: str = Field(description="mentions, signs, states, makes, benefits, through, on_route, partnership")
    letter: Optional[str] = None
    sentence: Optional[int] = Field(default=None, description="0-based sentence index; -1 outside the body")
    start: Optional[int] = None
    end: Optional[int] = None
    evidence: Optional[str] = Field(default=None, description="the sentence that states it")
    attrs: dict[str, Scalar] = Field(default_factory=dict)


class GraphNeighbor(BaseModel):
    """A node linked to the one asked about, with every edge between them."""

    node: GraphNode
    edges: list[GraphEdge] = Field(default_factory=list)


class GraphNeighbors(BaseModel):
    """`letters graph neighbors ID --json`."""

    node: GraphNode
    neighbors: list[GraphNeighbor] = Field(default_factory=list)


class GraphPath(BaseModel):
    """`letters graph path A B --json`: the shortest chain of nodes and the edges along it."""

    source: str
    target: str
    found: bool
    nodes: list[GraphNode] = Field(default_factory=list)
    edges: list[GraphEdge] = Field(default_factory=list)


class GraphExport(BaseModel):
    """`letters graph export --json`: what was written."""

    path: str
    format: str
    letters: int
    nodes: int
    edges: int
