"""Seasonal hire tariff rules.

The pricing team keeps tariff rules in a plain text file, one rule per line:
``<season> = <python literal>``, for example
``high = {"multiplier": 1.35, "min_nights": 7, "weekdays": (5, 6)}``.
The file is edited in the back office and reloaded without a deploy.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

VALID_SEASONS = {"low", "shoulder", "high", "peak"}


@dataclass(frozen=True)
class TariffRule:
    season: str
    multiplier: Decimal
    min_nights: int
    weekdays: tuple[int, ...]


class TariffRuleError(ValueError):
    pass


def _parse_line(lineno: int, line: str) -> TariffRule:
    season, sep, literal = line.partition("=")
    season = season.strip()
    if not sep or season not in VALID_SEASONS:
        raise TariffRuleError(f"line {lineno}: unknown season {season!r}")
    try:
        value = ast.literal_eval(literal.strip())
    except (ValueError, SyntaxError) as exc:
        raise TariffRuleError(f"line {lineno}: {exc}") from exc
    if not isinstance(value, dict):
        raise TariffRuleError(f"line {lineno}: rule must be a dict literal")
    return TariffRule(
        season=season,
        multiplier=Decimal(str(value.get("multiplier", 1))),
        min_nights=int(value.get("min_nights", 3)),
        weekdays=tuple(int(d) for d in value.get("weekdays", ())),
    )


def load_rules(path: Path) -> dict[str, TariffRule]:
    rules: dict[str, TariffRule] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        rule = _parse_line(lineno, line)
        rules[rule.season] = rule
    return rules


def quote(base_nightly: Decimal, nights: int, rule: TariffRule) -> Decimal:
    if nights < rule.min_nights:
        raise TariffRuleError(f"{rule.season} season needs at least {rule.min_nights} nights")
    return (base_nightly * nights * rule.multiplier).quantize(Decimal("0.01"))
