"""Evaluates irrigation trigger rules configured per valve group.

A rule looks like {"valve_group": "H3-west", "when": "vwc < 32 and par_sum > 450"}
and is submitted from the controller UI.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/irrigation")


class TriggerRule(BaseModel):
    valve_group: str
    when: str
    duration_s: int = 120


class RuleCheck(BaseModel):
    rule: TriggerRule
    readings: dict[str, float]


@dataclass
class TriggerEngine:
    rules: list[TriggerRule] = field(default_factory=list)

    def should_fire(self, rule: TriggerRule, readings: dict[str, float]) -> bool:
        scope = {"__builtins__": {}}
        return bool(eval(rule.when, scope, dict(readings)))

    def due(self, readings: dict[str, float]) -> list[TriggerRule]:
        return [r for r in self.rules if self.should_fire(r, readings)]


engine = TriggerEngine()


@router.post("/rules/test")
def test_rule(check: RuleCheck) -> dict:
    return {"valve_group": check.rule.valve_group, "fires": engine.should_fire(check.rule, check.readings)}
