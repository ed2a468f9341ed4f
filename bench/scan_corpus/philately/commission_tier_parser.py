"""Parses the commission tiers a consignor agrees to when signing a consignment contract."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, jsonify, request

contracts = Blueprint("contracts", __name__)

MAX_TIERS = 8


@dataclass(frozen=True)
class CommissionTier:
    up_to_gbp: Decimal
    rate_percent: Decimal


def parse_tiers(raw: str) -> list[CommissionTier]:
    """Accepts the form field format `[(1000, 15), (10000, 12.5), (None, 10)]`."""
    value = ast.literal_eval(raw.strip())
    if not isinstance(value, (list, tuple)) or not 0 < len(value) <= MAX_TIERS:
        raise ValueError("expected a list of up to %d tiers" % MAX_TIERS)
    tiers: list[CommissionTier] = []
    for item in value:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise ValueError("each tier must be a (ceiling, rate) pair")
        ceiling, rate = item
        ceiling_dec = Decimal("Infinity") if ceiling is None else Decimal(str(ceiling))
        tiers.append(CommissionTier(ceiling_dec, Decimal(str(rate))))
    return sorted(tiers, key=lambda t: t.up_to_gbp)


def commission_for(hammer_gbp: Decimal, tiers: list[CommissionTier]) -> Decimal:
    for tier in tiers:
        if hammer_gbp <= tier.up_to_gbp:
            return (hammer_gbp * tier.rate_percent / 100).quantize(Decimal("0.01"))
    raise ValueError("no tier covers this amount")


@contracts.post("/contracts/commission-preview")
def commission_preview():
    try:
        tiers = parse_tiers(request.form["tiers"])
    except (ValueError, SyntaxError) as exc:
        return jsonify({"error": str(exc)}), 400
    hammer = Decimal(request.form.get("hammer", "100"))
    return jsonify({"hammer": str(hammer), "commission": str(commission_for(hammer, tiers))})
