"""Start/stop conditions for snowmaking zones.

Operators enter conditions in the dashboard as simple comparisons joined
with ``and``, for example ``wet_bulb <= -2.5 and wind_speed < 8``. They
are parsed into (field, operator, threshold) triples and checked against
the weather-station readings; nothing else is accepted.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from typing import Callable, Mapping

FIELDS = {"wet_bulb", "dry_bulb", "humidity", "wind_speed", "water_temp", "line_pressure"}

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}

_CLAUSE = re.compile(r"^\s*([a-z_]+)\s*(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Clause:
    field: str
    op: str
    threshold: float

    def holds(self, readings: Mapping[str, float]) -> bool:
        return OPERATORS[self.op](float(readings[self.field]), self.threshold)


class ConditionError(ValueError):
    pass


def parse_condition(text: str) -> list[Clause]:
    clauses = []
    for part in re.split(r"\band\b", text):
        match = _CLAUSE.match(part)
        if not match:
            raise ConditionError(f"cannot parse clause {part.strip()!r}")
        field, op, value = match.groups()
        if field not in FIELDS:
            raise ConditionError(f"unknown reading {field!r}")
        clauses.append(Clause(field, op, float(value)))
    return clauses


def condition_met(text: str, readings: Mapping[str, float]) -> bool:
    return all(clause.holds(readings) for clause in parse_condition(text))
