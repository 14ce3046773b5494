"""Hand-built Extractions of two short letters that share a country, for the graph tests."""

from __future__ import annotations

from models.commitment import Commitment, RouteTie
from models.entities import AmountValue, Grounding, Mention
from models.extraction import Extraction, LetterSummary
from models.letter import LetterParts

NASTY = 'It\'s a \\ "quoted" <script>alert(1)</script>\nline'


def grounding(body: str, phrase: str, sentence: int = 0) -> Grounding:
    """The grounding of the first occurrence of phrase in body."""
    start = body.index(phrase)
    return Grounding(start=start, end=start + len(phrase), sentence=sentence, sentence_text=body)


def mention(body: str, kind: str, phrase: str, norm: str) -> Mention:
    """A mention of phrase in body."""
    return Mention(type=kind, text=phrase, norm=norm, grounding=grounding(body, phrase))


def letter_a() -> Extraction:
    """Letter a: a commitment to Libya through a partnership that names Tunisia."""
    body = "We will provide EUR 10 million to Libya under the Migration Partnership with Tunisia."
    return Extraction(
        letter=LetterSummary(
            id="a",
            source="a.txt",
            sha256="a" * 64,
            format="text",
            parts=LetterParts(signatory="Jane Doe", signatory_title="Commissioner"),
        ),
        body=body,
        mentions=[
            mention(body, "country", "Libya", "LBY"),
            mention(body, "programme", "Migration Partnership with Tunisia", "Migration Partnership with Tunisia"),
            mention(body, "country", "Tunisia", "TUN"),
        ],
        commitments=[
            Commitment(
                id="c1",
                actor="European Commission",
                action="provide",
                amounts=[AmountValue(kind="money", value=10e6, currency="EUR")],
                beneficiaries=["LBY"],
                regions=["North Africa"],
                programme="Migration Partnership with Tunisia",
                period="2025/2027",
                status="planned",
                modality="firm",
                evidence=grounding(body, body),
            )
        ],
    )


def letter_b() -> Extraction:
    """Letter b: Libya tied to a route, and an organisation whose name is markup."""
    body = "Libya remains the main country of departure on the Central Mediterranean route. " + NASTY
    return Extraction(
        letter=LetterSummary(id="b", source="b.txt", sha256="b" * 64, format="text"),
        body=body,
        mentions=[
            mention(body, "country", "Libya", "LBY"),
            mention(body, "route", "Central Mediterranean", "Central Mediterranean"),
            mention(body, "organisation", "<script>", NASTY),
        ],
        route_ties=[
            RouteTie(route="Central Mediterranean", country="LBY", role="departure", evidence=grounding(body, "Libya"))
        ],
    )
