"""Parse the season multiplier table that revenue managers paste into the back-office form.

The form field holds a Python-style dict literal, e.g.
``{"low": 0.8, "shoulder": 1.0, "high": 1.35, "bank_holiday": (1.5, 2)}``
where a tuple means (multiplier, minimum nights).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal

KNOWN_SEASONS = {"low", "shoulder", "high", "peak", "bank_holiday", "school_holiday"}


@dataclass(frozen=True)
class SeasonRule:
    season: str
    multiplier: Decimal
    min_nights: int = 1


def _to_rule(season: str, value: object) -> SeasonRule:
    if isinstance(value, (int, float)):
        return SeasonRule(season, Decimal(str(value)))
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        multiplier, min_nights = value
        return SeasonRule(season, Decimal(str(multiplier)), int(min_nights))
    raise ValueError(f"invalid value for season {season!r}")


def parse_multipliers(form_text: str) -> dict[str, SeasonRule]:
    if len(form_text) > 2000:
        raise ValueError("multiplier table too long")
    try:
        raw = ast.literal_eval(form_text.strip())
    except (ValueError, SyntaxError) as exc:
        raise ValueError("multiplier table is not a valid literal") from exc
    if not isinstance(raw, dict):
        raise ValueError("multiplier table must be a dict")
    rules: dict[str, SeasonRule] = {}
    for season, value in raw.items():
        if season not in KNOWN_SEASONS:
            raise ValueError(f"unknown season {season!r}")
        rule = _to_rule(season, value)
        if not Decimal("0.5") <= rule.multiplier <= Decimal("3"):
            raise ValueError(f"multiplier out of range for {season}")
        rules[season] = rule
    return rules
