"""Promotion rules for the online shop and the tills.

Marketing staff write a condition for each promotion, e.g.

    basket_total >= 40 and "colour" in categories and not first_visit

The preview endpoint lets them try a condition against a sample basket
before the promotion goes live.
"""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter
from pydantic import BaseModel, Field

router = APIRouter(prefix="/promos", tags=["promotions"])


class BasketLine(BaseModel):
    sku: str
    category: str
    price: Decimal
    qty: int = 1


class PreviewRequest(BaseModel):
    condition: str = Field(max_length=500)
    discount_percent: Decimal = Field(gt=0, le=100)
    lines: list[BasketLine]
    first_visit: bool = False
    loyalty_tier: str = "bronze"


def _context(req: PreviewRequest) -> dict:
    return {
        "basket_total": sum(line.price * line.qty for line in req.lines),
        "item_count": sum(line.qty for line in req.lines),
        "categories": {line.category for line in req.lines},
        "skus": {line.sku for line in req.lines},
        "first_visit": req.first_visit,
        "loyalty_tier": req.loyalty_tier,
    }


def _condition_holds(condition: str, ctx: dict) -> bool:
    code = compile(condition, "<promo-condition>", "eval")
    return bool(eval(code, {"__builtins__": {}}, ctx))


@router.post("/preview")
def preview(req: PreviewRequest):
    ctx = _context(req)
    applies = _condition_holds(req.condition, ctx)
    discount = (ctx["basket_total"] * req.discount_percent / 100).quantize(Decimal("0.01")) if applies else Decimal("0")
    return {"applies": applies, "basket_total": ctx["basket_total"], "discount": discount}
