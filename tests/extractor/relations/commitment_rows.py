"""The commitments a short text of our own yields, keyed by their first sum, for the beneficiary and status tests."""

from __future__ import annotations

from extractor.records.extract import extract_path


def commitments_of(tmp_path, text: str) -> dict[float, tuple]:
    """Each commitment of a text by its first sum's value: (currency, beneficiaries, beneficiary rule)."""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return {
        c.amounts[0].value: (c.amounts[0].currency, c.beneficiaries, c.because.beneficiaries)
        for c in extract_path(path).commitments
    }


def statuses_of(tmp_path, text: str) -> dict[float, tuple[str, str]]:
    """Each commitment of a text by its first sum's value: (status, status rule)."""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
