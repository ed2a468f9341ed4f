"""Conditional surcharges and discounts for birthday party packages."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from flask import Blueprint, jsonify, request

bp = Blueprint("party_pricing", __name__, url_prefix="/api/party-pricing")


@dataclass
class PricingRule:
    name: str
    condition: str
    adjustment: Decimal


class PartyQuote:
    base_prices = {"mini": Decimal("149.00"), "classic": Decimal("219.00"), "mega": Decimal("329.00")}

    def __init__(self, package: str, guests: int, weekday: str, addons: list[str]) -> None:
        self.package = package
        self.guests = guests
        self.weekday = weekday
        self.addons = addons

    def context(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "guests": self.guests,
            "weekday": self.weekday,
            "addons": self.addons,
        }

    def rule_applies(self, rule: PricingRule) -> bool:
        return bool(eval(rule.condition, {"__builtins__": {}}, self.context()))

    def total(self, rules: list[PricingRule]) -> Decimal:
        price = self.base_prices[self.package]
        for rule in rules:
            if self.rule_applies(rule):
                price += rule.adjustment
        return price.quantize(Decimal("0.01"))


@bp.post("/preview")
def preview_quote():
    payload = request.get_json(force=True)
    quote = PartyQuote(
        package=payload["package"],
        guests=int(payload["guests"]),
        weekday=payload.get("weekday", "sat"),
        addons=list(payload.get("addons", [])),
    )
    rules = [
        PricingRule(r["name"], r["condition"], Decimal(str(r["adjustment"])))
        for r in payload.get("rules", [])
    ]
    return jsonify({"package": quote.package, "total": str(quote.total(rules))})
