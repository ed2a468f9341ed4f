"""Threshold alarms for underground ventilation and gas monitoring.

Rules are edited in the control-room UI as structured JSON, e.g.
{"name": "ch4-high", "sensor": "ch4_pct", "op": ">", "value": 1.0, "severity": 2}
Band limits in the site INI file are written as Python tuples, e.g. ``(0.5, 1.0)``.
"""
from __future__ import annotations

import ast
import configparser
import operator
from dataclasses import dataclass

OPERATORS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True)
class ThresholdRule:
    name: str
    sensor: str
    op: str
    value: float
    severity: int = 1

    @classmethod
    def from_json(cls, data: dict) -> "ThresholdRule":
        op = str(data["op"])
        if op not in OPERATORS:
            raise ValueError(f"unsupported operator {op!r}")
        return cls(str(data["name"]), str(data["sensor"]), op, float(data["value"]), int(data.get("severity", 1)))

    def triggered(self, readings: dict[str, float]) -> bool:
        reading = readings.get(self.sensor)
        return reading is not None and OPERATORS[self.op](float(reading), self.value)


def load_bands(ini_path: str, section: str = "bands") -> dict[str, tuple[float, float]]:
    parser = configparser.ConfigParser()
    parser.read(ini_path)
    bands = {}
    for sensor, raw in parser.items(section):
        low, high = ast.literal_eval(raw)
        bands[sensor] = (float(low), float(high))
    return bands


def evaluate(rules: list[ThresholdRule], readings: dict[str, float]) -> list[ThresholdRule]:
    return sorted((r for r in rules if r.triggered(readings)), key=lambda r: -r.severity)
