"""Parsing of promo pricing rules entered by club managers.

Rules are stored as Python-literal text because the old admin tool wrote
them that way, e.g.::

    {"tiers": ["gold", "platinum"], "months": 3, "discount_pct": 20}
"""
import ast
from dataclasses import dataclass
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_club_manager

router = APIRouter(prefix="/admin/promos", tags=["admin"])

REQUIRED_KEYS = {"tiers", "months", "discount_pct"}


@dataclass(frozen=True)
class PromoRule:
    tiers: tuple[str, ...]
    months: int
    discount_pct: Decimal


def parse_rule(text: str) -> PromoRule:
    try:
        raw = ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise ValueError("rule must be a literal dict") from exc
    if not isinstance(raw, dict) or not REQUIRED_KEYS <= raw.keys():
        raise ValueError(f"rule must contain {sorted(REQUIRED_KEYS)}")
    pct = Decimal(str(raw["discount_pct"]))
    if not (0 < pct <= 100):
        raise ValueError("discount_pct out of range")
    return PromoRule(tuple(str(t) for t in raw["tiers"]), int(raw["months"]), pct)


class RuleText(BaseModel):
    rule: str
    monthly_fee: Decimal


@router.post("/preview")
def preview(body: RuleText, _staff=Depends(require_club_manager)):
    try:
        rule = parse_rule(body.rule)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    discounted = body.monthly_fee * (1 - rule.discount_pct / 100)
    return {"tiers": rule.tiers, "months": rule.months, "discounted_fee": str(round(discounted, 2))}
