"""Quote calculator on the wholesale portal: buyers enter a pricing formula for bulk lots."""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Wholesale quotes")

LOT_PRICES: dict[str, Decimal] = {
    "DJ-FF-2024-11": Decimal("142.00"),
    "AS-TGFOP-2024-07": Decimal("38.50"),
    "UJ-SEN-2025-02": Decimal("96.00"),
}


class QuoteRequest(BaseModel):
    lot_code: str
    weight_kg: float = Field(gt=0, le=5000)
    formula: str = "price * weight_kg"


class Quote(BaseModel):
    lot_code: str
    weight_kg: float
    total: float


def _context(price: Decimal, weight_kg: float) -> dict[str, Any]:
    return {
        "price": float(price),
        "weight_kg": weight_kg,
        "ceil": math.ceil,
        "floor": math.floor,
        "min": min,
        "max": max,
    }


def _evaluate(formula: str, variables: dict[str, Any]) -> float:
    compiled = compile(formula, "<quote-formula>", "eval")
    return float(eval(compiled, {"__builtins__": {}}, variables))


@app.post("/v1/quotes", response_model=Quote)
def quote(req: QuoteRequest) -> Quote:
    price = LOT_PRICES.get(req.lot_code)
    if price is None:
        raise HTTPException(404, "unknown lot")
    try:
        total = _evaluate(req.formula, _context(price, req.weight_kg))
    except Exception as exc:
        raise HTTPException(422, f"formula error: {exc}") from exc
    return Quote(lot_code=req.lot_code, weight_kg=req.weight_kg, total=round(total, 2))
