"""Custom alarm rules that dock masters attach to ballast tank telemetry."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from fastapi import FastAPI
from pydantic import BaseModel

log = logging.getLogger("ballast.alarms")
api = FastAPI()


class RuleIn(BaseModel):
    name: str
    tank: str
    condition: str
    severity: str = "warning"


@dataclass
class AlarmRule:
    name: str
    tank: str
    condition: str
    severity: str
    _compiled: Callable[[dict], bool] | None = field(default=None, repr=False)

    def predicate(self) -> Callable[[dict], bool]:
        if self._compiled is None:
            source = self.condition
            self._compiled = lambda reading: bool(eval(source, {"__builtins__": {}}, dict(reading)))
        return self._compiled


class RuleBook:
    def __init__(self) -> None:
        self._rules: dict[str, AlarmRule] = {}

    def add(self, rule: AlarmRule) -> None:
        self._rules[rule.name] = rule

    def evaluate(self, tank: str, reading: dict) -> list[AlarmRule]:
        fired = [r for r in self._rules.values() if r.tank == tank and r.predicate()(reading)]
        for rule in fired:
            log.warning("alarm %s on %s (%s)", rule.name, tank, rule.severity)
        return fired


book = RuleBook()


@api.post("/alarm-rules")
def create_rule(body: RuleIn) -> dict:
    book.add(AlarmRule(body.name, body.tank, body.condition, body.severity))
    return {"created": body.name}


@api.post("/tanks/{tank}/readings")
def push_reading(tank: str, reading: dict) -> dict:
    return {"fired": [r.name for r in book.evaluate(tank, reading)]}
