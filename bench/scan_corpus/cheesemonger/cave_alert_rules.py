"""Alert rules for cave climate: cellar managers upload rules from the dashboard."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Mapping

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("cellar.alerts")
app = FastAPI()


class RuleIn(BaseModel):
    name: str
    cave: str
    condition: str
    severity: str = "warning"


@dataclass
class AlertRule:
    name: str
    cave: str
    condition: str
    severity: str
    fired: int = 0


@dataclass
class RuleBook:
    rules: dict[str, AlertRule] = field(default_factory=dict)

    def add(self, rule: AlertRule) -> None:
        self.rules[rule.name] = rule

    def for_cave(self, cave: str) -> list[AlertRule]:
        return [r for r in self.rules.values() if r.cave in (cave, "*")]


RULES = RuleBook()
_ALLOWED_NAMES = {"min": min, "max": max, "abs": abs}


def evaluate(rule: AlertRule, reading: Mapping[str, Any]) -> bool:
    scope = {"__builtins__": _ALLOWED_NAMES}
    return bool(eval(rule.condition, scope, dict(reading)))


def check_reading(cave: str, reading: Mapping[str, Any]) -> list[str]:
    triggered = []
    for rule in RULES.for_cave(cave):
        try:
            if evaluate(rule, reading):
                rule.fired += 1
                triggered.append(rule.name)
        except (NameError, TypeError, ZeroDivisionError):
            log.warning("rule %s could not be evaluated", rule.name)
    return triggered


@app.post("/alert-rules")
def create_rule(body: RuleIn) -> dict:
    if body.severity not in {"info", "warning", "critical"}:
        raise HTTPException(422, "unknown severity")
    RULES.add(AlertRule(body.name, body.cave, body.condition, body.severity))
    return {"rules": len(RULES.rules)}


@app.post("/caves/{cave}/readings")
def ingest(cave: str, reading: dict[str, float]) -> dict:
    return {"cave": cave, "alerts": check_reading(cave, reading)}
