"""Evaluation of parcel tariff rules.

The pricing team maintains surcharge rules in the back-office portal; each
rule has a condition and a price expression written against the parcel's
measured attributes, e.g. ``max(0, weight_g - 2000) * 0.004``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_HELPERS = {"min": min, "max": max, "ceil": math.ceil, "floor": math.floor, "abs": abs}


@dataclass
class ParcelMeasurements:
    weight_g: int
    length_cm: float
    width_cm: float
    height_cm: float
    zone: int
    is_registered: bool = False

    @property
    def volumetric_g(self) -> float:
        return self.length_cm * self.width_cm * self.height_cm / 5.0


@dataclass
class TariffRule:
    name: str
    condition: str
    expression: str


def _scope(parcel: ParcelMeasurements) -> dict:
    return {
        "weight_g": parcel.weight_g,
        "volumetric_g": parcel.volumetric_g,
        "length_cm": parcel.length_cm,
        "girth_cm": 2 * (parcel.width_cm + parcel.height_cm),
        "zone": parcel.zone,
        "registered": parcel.is_registered,
    }


def _evaluate(source: str, scope: dict):
    return eval(source, {"__builtins__": {}, **_HELPERS}, scope)


def surcharges(rules: list[TariffRule], parcel: ParcelMeasurements) -> dict[str, Decimal]:
    scope = _scope(parcel)
    result: dict[str, Decimal] = {}
    for rule in rules:
        if not _evaluate(rule.condition, scope):
            continue
        amount = Decimal(str(_evaluate(rule.expression, scope)))
        result[rule.name] = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return result


def total_price(base: Decimal, rules: list[TariffRule], parcel: ParcelMeasurements) -> Decimal:
    return base + sum(surcharges(rules, parcel).values(), Decimal("0"))
