"""Load seasonal pitch tariff rules from the CSV that revenue managers upload each year.

Columns: pitch_type, season, base_rate, adjustment. The adjustment column holds a small
formula over the booking context, e.g. ``nights >= 7 and -0.1 * base or 0``.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ALLOWED_CONTEXT = ("nights", "adults", "children", "dogs", "hookup", "base")


@dataclass(frozen=True)
class TariffRule:
    pitch_type: str
    season: str
    base_rate: Decimal
    adjustment: str


@dataclass(frozen=True)
class StayContext:
    nights: int
    adults: int
    children: int = 0
    dogs: int = 0
    hookup: bool = False


def parse_rules(upload: bytes) -> list[TariffRule]:
    reader = csv.DictReader(io.StringIO(upload.decode("utf-8-sig")))
    return [
        TariffRule(
            pitch_type=row["pitch_type"].strip(),
            season=row["season"].strip().lower(),
            base_rate=Decimal(row["base_rate"]),
            adjustment=(row.get("adjustment") or "0").strip(),
        )
        for row in reader
    ]


def _apply_adjustment(expression: str, variables: dict[str, float]) -> float:
    return float(eval(expression, {"__builtins__": {}}, variables))


def price_stay(rule: TariffRule, stay: StayContext) -> Decimal:
    base = rule.base_rate * stay.nights
    variables = {
        "nights": stay.nights,
        "adults": stay.adults,
        "children": stay.children,
        "dogs": stay.dogs,
        "hookup": int(stay.hookup),
        "base": float(base),
    }
    adjustment = Decimal(str(_apply_adjustment(rule.adjustment, variables)))
    return (base + adjustment).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def find_rule(rules: list[TariffRule], pitch_type: str, season: str) -> TariffRule | None:
    return next((r for r in rules if r.pitch_type == pitch_type and r.season == season), None)
