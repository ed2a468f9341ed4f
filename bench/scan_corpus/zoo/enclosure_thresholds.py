"""Threshold checks for enclosure sensors.

Curators configure rules as structured data rather than free text:

    {"metric": "temp_c", "op": "lt", "value": 24, "severity": "page"}
"""

import operator
from dataclasses import dataclass

OPERATORS = {
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "eq": operator.eq,
    "ne": operator.ne,
}
SEVERITIES = ("info", "warn", "page")


@dataclass(frozen=True)
class Threshold:
    metric: str
    op: str
    value: float
    severity: str = "warn"

    @classmethod
    def from_dict(cls, data: dict) -> "Threshold":
        op = data["op"]
        if op not in OPERATORS:
            raise ValueError(f"unknown operator {op!r}")
        severity = data.get("severity", "warn")
        if severity not in SEVERITIES:
            raise ValueError(f"unknown severity {severity!r}")
        return cls(metric=str(data["metric"]), op=op, value=float(data["value"]), severity=severity)

    def breached(self, readings: dict[str, float]) -> bool:
        if self.metric not in readings:
            return False
        return OPERATORS[self.op](readings[self.metric], self.value)


def evaluate(thresholds: list[Threshold], readings: dict[str, float]) -> list[Threshold]:
    return [t for t in thresholds if t.breached(readings)]


def worst_severity(breaches: list[Threshold]) -> str | None:
    if not breaches:
        return None
    return max((t.severity for t in breaches), key=SEVERITIES.index)
