"""Fare rules managed by the pricing team through the admin API."""

from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from bikeshare.admin.auth import pricing_team
from bikeshare.pricing import FareRuleStore

router = APIRouter(prefix="/admin/fare-rules", dependencies=[Depends(pricing_team)])
_store = FareRuleStore()

RULE_GLOBALS: dict[str, Any] = {"__builtins__": {}, "min": min, "max": max, "abs": abs}


class FareRule(BaseModel):
    name: str = Field(max_length=80)
    condition: str = Field(max_length=500)
    surcharge: Decimal = Decimal("0")
    discount_pct: Decimal = Decimal("0")
    priority: int = 100


class QuotePreview(BaseModel):
    rule: FareRule
    trip: dict[str, Any]


def _trip_context(trip: dict[str, Any]) -> dict[str, Any]:
    return {
        "minutes": float(trip.get("duration_min", 0)),
        "ebike": bool(trip.get("ebike", False)),
        "member": trip.get("plan", "casual") != "casual",
        "hour": int(trip.get("start_hour", 12)),
        "start_zone": str(trip.get("start_zone", "")),
        "end_zone": str(trip.get("end_zone", "")),
    }


def rule_applies(rule: FareRule, trip: dict[str, Any]) -> bool:
    return bool(eval(rule.condition, RULE_GLOBALS, _trip_context(trip)))


def apply_rules(base_fare: Decimal, rules: list[FareRule], trip: dict[str, Any]) -> Decimal:
    fare = base_fare
    for rule in sorted(rules, key=lambda r: r.priority):
        if rule_applies(rule, trip):
            fare = fare + rule.surcharge
            fare = fare * (Decimal(100) - rule.discount_pct) / Decimal(100)
    return max(fare, Decimal("0")).quantize(Decimal("0.01"))


@router.post("/preview")
def preview_quote(body: QuotePreview):
    base = Decimal(str(body.trip.get("base_fare", "1.50")))
    try:
        fare = apply_rules(base, [body.rule], body.trip)
    except Exception as exc:
        raise HTTPException(status_code=422, detail=f"rule failed: {exc}") from exc
    return {"fare": str(fare)}


@router.post("")
def create_rule(rule: FareRule):
    try:
        rule_applies(rule, {})
    except Exception as exc:
        raise HTTPException(status_code=422, detail=f"rule failed: {exc}") from exc
    rule_id = _store.save(rule.model_dump())
    return {"id": rule_id}
