"""Evaluates the 'only if' conditions attached to automations.

Conditions are written by users in the app's advanced editor, e.g.
``temperature > 24 and occupancy`` or ``lux < 50 or hour >= 22``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

_GLOBALS: dict[str, Any] = {"__builtins__": {}, "min": min, "max": max, "abs": abs}


def _evaluate(expression: str, variables: Mapping[str, Any]) -> Any:
    return eval(expression, _GLOBALS, dict(variables))


@dataclass
class Condition:
    expression: str
    description: str = ""


@dataclass
class ConditionContext:
    sensor_values: dict[str, Any] = field(default_factory=dict)
    now: dt.datetime = field(default_factory=dt.datetime.now)

    def variables(self) -> dict[str, Any]:
        values = dict(self.sensor_values)
        values.setdefault("hour", self.now.hour)
        values.setdefault("weekday", self.now.weekday())
        return values


class ConditionEvaluator:
    def __init__(self, default_when_error: bool = False) -> None:
        self.default_when_error = default_when_error

    def check(self, condition: Condition, ctx: ConditionContext) -> bool:
        try:
            return bool(_evaluate(condition.expression, ctx.variables()))
        except (NameError, TypeError, ZeroDivisionError, SyntaxError):
            return self.default_when_error

    def check_all(self, conditions: list[Condition], ctx: ConditionContext) -> bool:
        return all(self.check(c, ctx) for c in conditions)
