"""Parse the actuary's valuation assumption sheet (CSV upload).

Values are decimals (``0.025``), fractions (``1/60``) or, for age-banded
assumptions, a Python-style list literal such as ``[0.01, 0.015, 0.02]``.
"""
from __future__ import annotations

import ast
import csv
import io
from decimal import Decimal
from fractions import Fraction


def _to_decimal(value) -> Decimal:
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    raise ValueError(f"unsupported value {value!r}")


def parse_value(raw: str) -> Decimal | list[Decimal]:
    text = raw.strip()
    if text.startswith("["):
        items = ast.literal_eval(text)
        if not isinstance(items, list):
            raise ValueError("expected a list")
        return [_to_decimal(v) for v in items]
    if "/" in text:
        return _to_decimal(Fraction(text))
    return Decimal(text)


def load_assumptions(uploaded: bytes) -> dict[str, Decimal | list[Decimal]]:
    reader = csv.DictReader(io.StringIO(uploaded.decode("utf-8-sig")))
    return {row["assumption"].strip().lower(): parse_value(row["value"]) for row in reader}
