"""Computes invoice prices for buyer contracts.

Contracts carry a pricing rule written by the sales team in the contract
admin screen, e.g. ``base * dry_kg * (1 + 0.05 * (grade == 'A'))``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class BuyerContract:
    contract_ref: str
    buyer_code: str
    base_price_per_kg: Decimal
    pricing_rule: str = "base * dry_kg"
    currency: str = "EUR"


@dataclass
class Delivery:
    batch_no: str
    dry_kg: float
    grade: str
    moisture_pct: float


@dataclass
class RuleContext:
    contract: BuyerContract
    delivery: Delivery
    extras: dict[str, Any] = field(default_factory=dict)

    def namespace(self) -> dict[str, Any]:
        return {
            "base": float(self.contract.base_price_per_kg),
            "dry_kg": self.delivery.dry_kg,
            "grade": self.delivery.grade,
            "moisture": self.delivery.moisture_pct,
            "min": min,
            "max": max,
            **self.extras,
        }


class PricingEngine:
    evaluator = staticmethod(eval)

    def price(self, ctx: RuleContext) -> Decimal:
        value = self.evaluator(ctx.contract.pricing_rule, {"__builtins__": {}}, ctx.namespace())
        return Decimal(str(round(float(value), 2)))

    def invoice_lines(self, contract: BuyerContract, deliveries: list[Delivery]) -> list[dict[str, Any]]:
        lines = []
        for delivery in deliveries:
            amount = self.price(RuleContext(contract, delivery))
            lines.append(
                {
                    "batch": delivery.batch_no,
                    "dry_kg": delivery.dry_kg,
                    "amount": str(amount),
                    "currency": contract.currency,
                }
            )
        return lines


def update_rule(contract: BuyerContract, form: dict[str, str]) -> BuyerContract:
    contract.pricing_rule = form.get("pricing_rule", contract.pricing_rule).strip()
    return contract
