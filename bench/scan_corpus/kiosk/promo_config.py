"""Parses promotion parameters from the menu admin export.

The admin tool exports promo parameters as Python-literal strings (a legacy
of the old Django admin), e.g. ``"{'skus': ['FRIES_L', 'COLA_M'], 'min_total': 10}"``.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PromoParams:
    skus: frozenset[str]
    min_total: Decimal
    max_uses_per_order: int = 1
    dayparts: frozenset[str] = frozenset({"breakfast", "lunch", "dinner", "late"})


def parse_params(raw: str) -> PromoParams:
    value = ast.literal_eval(raw)
    if not isinstance(value, dict):
        raise ValueError("promo params must be a mapping")
    skus = value.get("skus", [])
    if not all(isinstance(s, str) for s in skus):
        raise ValueError("skus must be strings")
    params = PromoParams(
        skus=frozenset(skus),
        min_total=Decimal(str(value.get("min_total", 0))),
        max_uses_per_order=int(value.get("max_uses_per_order", 1)),
    )
    if "dayparts" in value:
        params = PromoParams(
            skus=params.skus,
            min_total=params.min_total,
            max_uses_per_order=params.max_uses_per_order,
            dayparts=frozenset(value["dayparts"]),
        )
    return params


def applies(params: PromoParams, basket_skus: list[str], total: Decimal, daypart: str) -> bool:
    if daypart not in params.dayparts or total < params.min_total:
        return False
    return bool(params.skus.intersection(basket_skus))
