"""Evaluates concession promotions at the till.

The catering manager uploads a promotions sheet before each fixture; every
rule has a condition over the basket and a discount to apply when it holds.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from flask import Flask, jsonify, request

app = Flask(__name__)
ACTIVE_RULES: list["PromotionRule"] = []


@dataclass
class PromotionRule:
    name: str
    condition: str
    discount_pct: Decimal

    def applies_to(self, basket: dict[str, Any]) -> bool:
        scope = {
            "items": basket["items"],
            "total": Decimal(basket["total"]),
            "minutes_to_kickoff": basket.get("minutes_to_kickoff", 0),
            "stand": basket.get("stand"),
        }
        return bool(eval(self.condition, {"__builtins__": {}, "Decimal": Decimal}, scope))


def parse_rules(raw: bytes) -> list[PromotionRule]:
    return [
        PromotionRule(entry["name"], entry["when"], Decimal(str(entry["discount_pct"])))
        for entry in json.loads(raw)["rules"]
    ]


@app.put("/promotions")
def upload_promotions():
    ACTIVE_RULES[:] = parse_rules(request.get_data())
    return jsonify({"loaded": len(ACTIVE_RULES)})


@app.post("/promotions/price")
def price_basket():
    basket = request.get_json(force=True)
    total = Decimal(basket["total"])
    best = max(
        (rule for rule in ACTIVE_RULES if rule.applies_to(basket)),
        key=lambda r: r.discount_pct,
        default=None,
    )
    if best is None:
        return jsonify({"total": str(total), "promotion": None})
    discounted = (total * (100 - best.discount_pct) / 100).quantize(Decimal("0.01"))
    return jsonify({"total": str(discounted), "promotion": best.name})
