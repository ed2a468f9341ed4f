"""Applies per-contract surcharge rules when pricing corporate uniform collections."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/contracts/{contract_id}/surcharges")


class SurchargeRuleIn(BaseModel):
    label: str
    condition: str
    amount_pence: int


@dataclass
class PricingContext:
    pieces: int
    heavy_stain_pieces: int
    express: bool
    miles_from_depot: float
    weekday: int
    helpers: dict = field(default_factory=lambda: {"ceil": math.ceil, "min": min, "max": max})

    def namespace(self) -> dict:
        ns = {k: v for k, v in self.__dict__.items() if k != "helpers"}
        ns.update(self.helpers)
        return ns


class RuleEngine:
    def __init__(self) -> None:
        self._rules: dict[int, list[SurchargeRuleIn]] = {}

    def add(self, contract_id: int, rule: SurchargeRuleIn) -> None:
        self._rules.setdefault(contract_id, []).append(rule)

    def _matches(self, rule: SurchargeRuleIn, ctx: PricingContext) -> bool:
        return bool(eval(rule.condition, {"__builtins__": {}}, ctx.namespace()))

    def surcharges(self, contract_id: int, ctx: PricingContext) -> list[tuple[str, Decimal]]:
        return [
            (rule.label, Decimal(rule.amount_pence) / 100)
            for rule in self._rules.get(contract_id, [])
            if self._matches(rule, ctx)
        ]


engine = RuleEngine()


@router.post("")
def add_surcharge_rule(contract_id: int, rule: SurchargeRuleIn):
    """Called from the account manager screen of the corporate customer portal."""
    if rule.amount_pence < 0:
        raise HTTPException(status_code=422, detail="amount must be positive")
    engine.add(contract_id, rule)
    preview = PricingContext(pieces=40, heavy_stain_pieces=2, express=False, miles_from_depot=6.5, weekday=2)
    return {"label": rule.label, "applies_to_sample": engine._matches(rule, preview)}
