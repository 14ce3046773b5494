"""Store test samples: fake extractions built from plain sentences, and letters of that format."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from pathlib import Path

from extractor.errors import StoreError
from models.commitment import Commitment, RouteTie
from models.entities import AmountValue, DateValue, Grounding, Mention
from models.extraction import Extraction, LetterSummary

MONEY_RE = re.compile(r"(EUR|USD) (\d+(?:\.\d+)?) (million|billion)")
SCALE = {"million": 1e6, "billion": 1e9}
ORGANISATIONS = ("European Commission", "Frontex", "European Investment Bank", "UNHCR")


def _country_codes(sentence: str) -> list[tuple[str, str]]:
    import pycountry

    found = []
    for word in re.findall(r"\b[A-Z][a-z]+\b", sentence):
        try:
            found.append((word, pycountry.countries.lookup(word).alpha_3))
        except LookupError:
            pass
    return found


def build(
    letter_id: str,
    date: str | None,
    sentences: list[str],
    sha256: str | None = None,
    source: str | None = None,
    pages: int = 1,
) -> Extraction:
    """A small Extraction from plain sentences: countries, EUR sums, organisations, 'will' commitments."""
    body = " ".join(sentences)
    mentions, commitments, ties = [], [], []
    offset = 0
    for index, sentence in enumerate(sentences):

        def ground(start: int, end: int) -> Grounding:
            return Grounding(
                start=offset + start, end=offset + end, sentence=index, sentence_text=sentence, page=1 + index % pages
            )

        countries = _country_codes(sentence)
        for text, code in countries:
            at = sentence.index(text)
            mentions.append(
                Mention(type="country", text=text, norm=code, rule="test", grounding=ground(at, at + len(text)))
            )
        for org in ORGANISATIONS:
            if org in sentence:
                at = sentence.index(org)
                mentions.append(Mention(type="organisation", text=org, norm=org, grounding=ground(at, at + len(org))))
        amounts = []
        for match in MONEY_RE.finditer(sentence):
            value = AmountValue(kind="money", value=float(match[2]) * SCALE[match[3]], currency=match[1])
            amounts.append(value)
            mentions.append(
                Mention(
                    type="amount",
                    text=match[0],
                    norm=f"{value.value:g} {value.currency}",
                    amount=value,
                    grounding=ground(match.start(), match.end()),
                )
            )
        period = None
        for match in re.finditer(r"\b(20\d\d)-(20\d\d)\b", sentence):
            period = f"{match[1]}/{match[2]}"
            mentions.append(
                Mention(
                    type="date",
                    text=match[0],
                    norm=period,
                    date=DateValue(edtf=period),
                    grounding=ground(match.start(), match.end()),
                )
            )
        programme = re.search(r"\bthe ([A-Z][A-Za-z]+ (?:Facility|Programme|Fund))\b", sentence)
        if programme:
            mentions.append(
                Mention(
                    type="programme",
                    text=programme[1],
                    norm=programme[1],
                    grounding=ground(programme.start(1), programme.end(1)),
                )
            )
        if "route" in sentence and countries:
            route = re.search(r"([A-Z][a-z]+ [A-Z][a-z]+) route", sentence)
            if route:
                mentions.append(
                    Mention(type="route", text=route[1], norm=route[1], grounding=ground(route.start(1), route.end(1)))
                )
                ties.append(
                    RouteTie(
                        route=route[1],
                        country=countries[0][1],
                        role="transit",
                        evidence=ground(route.start(1), route.end(1)),
                    )
                )
        if " will " in sentence or " has disbursed " in sentence:
            actor = next((o for o in ORGANISATIONS if o in sentence), None)
            status = "disbursed" if "disbursed" in sentence else "planned"
            commitments.append(
                Commitment(
                    id=f"c{len(commitments) + 1}",
                    actor=actor,
                    action="support",
                    amounts=amounts,
                    beneficiaries=[code for _, code in countries],
                    programme=programme[1] if programme else None,
                    period=period,
                    status=status,
                    modality="firm",
                    evidence=ground(0, len(sentence)),
                )
            )
        offset += len(sentence) + 1
    sha = sha256 or hashlib.sha256(f"{letter_id}|{date}|{body}".encode()).hexdigest()
    return Extraction(
        letter=LetterSummary(
            id=letter_id,
            source=source or f"/letters/{letter_id}.txt",
            sha256=sha,
            format="text",
            date=dt.date.fromisoformat(date) if date else None,
            pages=pages,
        ),
        body=body,
        mentions=mentions,
        commitments=commitments,
        route_ties=ties,
    )


def fake_extract(path, password=None, letter_id=None, options=None) -> Extraction:
    """Extract a test letter file: first line its ISO date, then one sentence a line."""
    raw = Path(path).read_bytes()
    if not raw.strip():
        raise StoreError(str(path), reason="empty letter")
    lines = raw.decode("utf-8").strip().splitlines()
    return build(
        letter_id or Path(path).stem,
        lines[0].strip() or None,
        [s for s in lines[1:] if s.strip()],
        sha256=hashlib.sha256(raw).hexdigest(),
        source=str(path),
    )


def slow_fake_extract(path, password=None, letter_id=None, options=None) -> Extraction:
    """fake_extract that takes a while, so a test can kill a batch in the middle."""
    time.sleep(0.4)
    return fake_extract(path, password, letter_id)


def write_letter(folder: Path, name: str, date: str, sentences: list[str]) -> Path:
    """Write a test letter file in fake_extract's format."""
    path = folder / f"{name}.txt"
    path.write_text("\n".join([date, *sentences]) + "\n", encoding="utf-8")
    return path


STORE_LETTERS = [
    build(
        "tn_2024",
        "2024-03-01",
        [
            "The European Commission will provide EUR 10 million to Tunisia under the Border Programme for 2024-2026.",
            "Frontex will support Libya on the Central Mediterranean route.",
        ],
        pages=2,
    ),
    build(
        "ma_2025",
        "2025-06-10",
        [
            "The European Commission will allocate EUR 1.5 billion to Morocco and Tunisia for 2026-2027.",
            "The European Investment Bank has disbursed EUR 200 million to Egypt.",
        ],
    ),
    build(
        "us_2023",
        "2023-01-05",
        [
            "UNHCR will support Jordan with USD 50 million for 2023-2024.",
            "Lebanon hosts many refugees.",
        ],
    ),
]
