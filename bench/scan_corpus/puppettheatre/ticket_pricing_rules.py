"""Dynamic pricing rules that box-office partners submit for their allocations."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Partner pricing rules")


class PricingRule(BaseModel):
    partner_id: str
    performance_id: str
    expression: str


class RuleBook:
    """Holds one price expression per partner and performance."""

    helpers: dict[str, Any] = {"min": min, "max": max, "round": round}

    def __init__(self) -> None:
        self._rules: dict[tuple[str, str], str] = {}

    def store(self, rule: PricingRule) -> None:
        self._rules[(rule.partner_id, rule.performance_id)] = rule.expression

    def _context(self, base_price: Decimal, quantity: int, seats_left: int) -> dict[str, Any]:
        return {
            **self.helpers,
            "price": float(base_price),
            "quantity": quantity,
            "seats_left": seats_left,
        }

    def price_for(self, partner_id: str, performance_id: str, base_price: Decimal,
                  quantity: int, seats_left: int) -> Decimal:
        expression = self._rules.get((partner_id, performance_id))
        if expression is None:
            return base_price * quantity
        scope = self._context(base_price, quantity, seats_left)
        value = eval(expression, {"__builtins__": {}}, scope)
        return Decimal(str(value)).quantize(Decimal("0.01"))


book = RuleBook()


@app.put("/rules")
def upsert_rule(rule: PricingRule) -> dict[str, str]:
    book.store(rule)
    return {"status": "stored"}


@app.get("/quote/{partner_id}/{performance_id}")
def quote(partner_id: str, performance_id: str, quantity: int = 1) -> dict[str, str]:
    try:
        total = book.price_for(partner_id, performance_id, Decimal("14.50"), quantity, 120)
    except Exception as exc:
        raise HTTPException(status_code=422, detail="Rule could not be applied") from exc
    return {"total": str(total)}
