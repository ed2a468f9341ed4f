"""Parsing helpers for numeric quiz answers and legacy answer keys.

Answer keys imported from the old quiz tool are stored as Python-style list
literals, e.g. "['3/4', '0.75']".
"""
import ast
from decimal import Decimal, InvalidOperation
from fractions import Fraction


def parse_number(raw: str) -> Fraction | None:
    """Accept '2', '-0.5', '1,25' or '3/4'; return None for anything else."""
    text = raw.strip().replace(",", ".")
    if not text or len(text) > 32:
        return None
    try:
        if "/" in text:
            return Fraction(text)
        return Fraction(Decimal(text))
    except (ValueError, ZeroDivisionError, InvalidOperation):
        return None


def load_legacy_key(stored: str) -> list[Fraction]:
    try:
        items = ast.literal_eval(stored)
    except (ValueError, SyntaxError):
        return []
    if not isinstance(items, (list, tuple)):
        items = [items]
    parsed = (parse_number(str(item)) for item in items)
    return [p for p in parsed if p is not None]


def is_correct(raw: str, key: list[Fraction], tolerance: Fraction = Fraction(0)) -> bool:
    value = parse_number(raw)
    if value is None:
        return False
    return any(abs(value - expected) <= tolerance for expected in key)
