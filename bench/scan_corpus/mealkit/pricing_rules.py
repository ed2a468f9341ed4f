"""Admin API for previewing promotional pricing rules.

Merchandisers type a rule such as ``box_price * 0.8 if servings >= 4 else box_price``
into the promo tool and preview the resulting price for each plan.
"""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from .auth import require_role
from .plans import list_plans

router = APIRouter(prefix="/admin/pricing", dependencies=[Depends(require_role("merchandiser"))])

_HELPERS = {"min": min, "max": max, "round": round}


class RulePreviewIn(BaseModel):
    expression: str
    week: str


def _apply_rule(expression: str, context: dict) -> float:
    scope = dict(_HELPERS, **context)
    return eval(expression, {"__builtins__": {}}, scope)


@router.post("/preview")
def preview_rule(body: RulePreviewIn):
    previews = []
    for plan in list_plans(active_only=True):
        ctx = {
            "box_price": float(plan.base_price),
            "servings": plan.servings,
            "recipes": plan.recipes_per_week,
            "week": body.week,
        }
        price = Decimal(str(_apply_rule(body.expression, ctx))).quantize(Decimal("0.01"))
        previews.append({"plan": plan.slug, "current": str(plan.base_price), "preview": str(price)})
    return {"previews": previews}
