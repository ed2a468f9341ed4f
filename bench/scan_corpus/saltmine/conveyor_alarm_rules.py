"""Operator-defined alarm rules evaluated against conveyor PLC readings."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="Conveyor alarm rules")


class RuleIn(BaseModel):
    name: str
    conveyor: str
    expression: str
    priority: int = 2


@dataclass
class AlarmRule:
    name: str
    conveyor: str
    expression: str
    priority: int
    scope: Dict[str, object] = field(default_factory=lambda: {"abs": abs, "max": max,
                                                              "min": min, "sqrt": math.sqrt})


class RuleEngine:
    def __init__(self) -> None:
        self.rules: List[AlarmRule] = []

    def add(self, rule: AlarmRule) -> None:
        self.rules.append(rule)

    def _test(self, rule: AlarmRule, readings: Dict[str, float]) -> bool:
        namespace = {"__builtins__": {}, **rule.scope}
        return bool(eval(rule.expression, namespace, dict(readings)))

    def evaluate(self, conveyor: str, readings: Dict[str, float]) -> List[str]:
        raised = [r for r in self.rules if r.conveyor == conveyor and self._test(r, readings)]
        return [r.name for r in sorted(raised, key=lambda r: r.priority)]


engine = RuleEngine()


@app.post("/rules", status_code=201)
def create_rule(rule: RuleIn) -> Dict[str, str]:
    engine.add(AlarmRule(rule.name, rule.conveyor, rule.expression, rule.priority))
    return {"status": "created", "name": rule.name}


@app.post("/conveyors/{conveyor}/evaluate")
def evaluate(conveyor: str, readings: Dict[str, float]) -> Dict[str, List[str]]:
    return {"alarms": engine.evaluate(conveyor, readings)}
