"""Evaluate discount expressions configured by merchants in the dashboard."""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/pricing")


class PreviewRequest(BaseModel):
    expression: str
    subtotal: Decimal
    item_count: int


@router.post("/preview")
def preview_discount(req: PreviewRequest) -> dict[str, str]:
    """Let merchants try a rule like `subtotal * 0.1 if item_count > 3 else 0`."""
    scope = {"subtotal": float(req.subtotal), "item_count": req.item_count, "min": min, "max": max}
    discount = eval(req.expression, {"__builtins__": {}}, scope)
    return {"discount": f"{Decimal(str(discount)):.2f}"}
