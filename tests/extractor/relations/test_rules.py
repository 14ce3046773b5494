"""decide: the first rule that applies decides, and its name comes with the decision."""

from __future__ import annotations

from extractor.relations.rules import decide


def too_small(n: int):
    return "small" if n < 10 else None


def even(n: int):
    return "even" if n % 2 == 0 else None


def test_the_first_rule_that_applies_decides():
    assert decide((too_small, even), 4) == ("small", "too_small")
    assert decide((even, too_small), 4) == ("even", "even")
    assert decide((too_small, even), 12) == ("even", "even")
    assert decide((too_small, even), 13) == (None, None)
