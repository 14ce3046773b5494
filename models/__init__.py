"""Pydantic records of policy-letters: every JSON shape the tool reads or writes.

Import submodules absolutely (``from models.letter import LetterText``); this package holds
validation only, no pipeline logic.
"""
