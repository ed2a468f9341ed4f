"""Dynamic pricing rules for slide fast-passes and cabana upgrades.

Revenue managers submit rule expressions through the back-office API; rules
are evaluated against demand signals when a booking quote is requested.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="pricing-rules")


class RuleIn(BaseModel):
    product: str
    expression: str


@dataclass
class DemandSignals:
    base_price: float
    occupancy: float
    forecast_temp_c: float
    is_weekend: bool

    def namespace(self) -> dict:
        return {
            "base": self.base_price,
            "occupancy": self.occupancy,
            "temp": self.forecast_temp_c,
            "weekend": self.is_weekend,
            "max": max,
            "min": min,
        }


@dataclass
class RuleBook:
    rules: dict[str, str] = field(default_factory=lambda: {"fastpass": "base"})

    def set(self, product: str, expression: str) -> None:
        self.rules[product] = expression

    def price(self, product: str, signals: DemandSignals) -> Decimal:
        expression = self.rules.get(product, "base")
        value = eval(expression, {"__builtins__": {}}, signals.namespace())
        return Decimal(str(round(float(value), 2)))


book = RuleBook()


@app.put("/pricing/rules")
def put_rule(rule: RuleIn) -> dict:
    book.set(rule.product, rule.expression)
    preview = book.price(rule.product, DemandSignals(25.0, 0.6, 29.0, True))
    return {"product": rule.product, "preview_price": str(preview)}


@app.get("/pricing/quote/{product}")
def quote(product: str, occupancy: float, temp: float, weekend: bool = False) -> dict:
    signals = DemandSignals(25.0, occupancy, temp, weekend)
    return {"product": product, "price": str(book.price(product, signals))}
