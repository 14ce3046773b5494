"""Ordered rule tables: a rule is a small named function; the first that applies decides.

A rule takes the case at hand and returns its decision, or a false value (None, an empty list)
when it does not apply. The name of the deciding rule is kept with the record (its ``because``),
so a wrong call can be traced to the rule that made it.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence, TypeVar

Case = TypeVar("Case")
Decision = TypeVar("Decision")


def decide(
    rules: Sequence[Callable[[Case], Optional[Decision]]], case: Case
) -> tuple[Optional[Decision], Optional[str]]:
    """The decision of the first rule that applies to ``case``, with that rule's name."""
    for rule in rules:
        decision = rule(case)
        if decision:
            return decision, rule.__name__
    return None, None
