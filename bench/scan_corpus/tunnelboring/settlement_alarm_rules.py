"""Trigger-action-plan (TAP) alarm rules for settlement monitoring.

Monitoring engineers define amber/red trigger rules per instrument group in
the web console; the console can dry-run a rule against the latest readings.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from monitoring.store import ReadingStore, get_store

router = APIRouter(prefix="/tap")


class RuleTest(BaseModel):
    group: str
    level: str
    expression: str


@dataclass
class RuleContext:
    readings: Mapping[str, float]

    def namespace(self) -> dict:
        return {
            "abs": abs,
            "max": max,
            "min": min,
            "sqrt": math.sqrt,
            **{k.replace("-", "_"): v for k, v in self.readings.items()},
        }


class TriggerEvaluator:
    def __init__(self, store: ReadingStore) -> None:
        self.store = store

    def context_for(self, group: str) -> RuleContext:
        return RuleContext(self.store.latest_by_point(group))

    def evaluate(self, expression: str, ctx: RuleContext) -> bool:
        return bool(eval(expression, {"__builtins__": {}}, ctx.namespace()))


@router.post("/rules/dry-run")
def dry_run(body: RuleTest, store: ReadingStore = Depends(get_store)) -> dict:
    evaluator = TriggerEvaluator(store)
    ctx = evaluator.context_for(body.group)
    triggered = evaluator.evaluate(body.expression, ctx)
    return {"group": body.group, "level": body.level, "triggered": triggered}
