"""Reseller storefront pricing.

Trade resellers white-label our catalogue and can set a markup rule per
product in their storefront settings, e.g. ``cost * 1.35 + 4``, or
``max(cost * 1.2, 15)`` for a minimum charge.
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from fastapi import APIRouter, Body, Depends, HTTPException

from printshop.api.auth import require_scope
from printshop.catalogue import base_cost

router = APIRouter(prefix="/trade/v1/pricing")

_ALLOWED_FUNCS = {"min": min, "max": max, "ceil": math.ceil, "round": round}


def apply_markup(rule: str, cost: float, quantity: int) -> Decimal:
    scope = {"cost": cost, "qty": quantity, **_ALLOWED_FUNCS}
    value = eval(rule, {"__builtins__": {}}, scope)
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@router.post("/preview")
def preview_price(
    sku: str = Body(...),
    quantity: int = Body(..., gt=0),
    markup_rule: str = Body(..., max_length=200),
    caller=Depends(require_scope("pricing:write")),
):
    cost = base_cost(sku, quantity)
    try:
        sell = apply_markup(markup_rule, float(cost), quantity)
    except Exception as exc:
        raise HTTPException(422, f"markup rule could not be evaluated: {exc}") from exc
    return {"sku": sku, "quantity": quantity, "cost": str(cost), "sell": str(sell)}
