"""Normalise vendor device readings to the units our clinical rules expect.

Each device upload includes a ``unitConversion`` block describing how to get
from the vendor's native unit to ours, e.g.::

    {"from": "mmol/L", "to": "mg/dL", "expr": "value * 18.016"}

This lets new glucometer and scale vendors onboard without a code change.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

TARGET_UNITS = {
    "glucose": "mg/dL",
    "weight": "kg",
    "systolic": "mmHg",
    "diastolic": "mmHg",
    "spo2": "%",
    "temperature": "degC",
}

_ALLOWED_NAMES = {"round": round, "abs": abs, "min": min, "max": max, "math": math}


@dataclass
class Reading:
    kind: str
    value: float
    unit: str


def _convert(value: float, expr: str) -> float:
    scope = dict(_ALLOWED_NAMES, value=value)
    return float(eval(expr, {"__builtins__": {}}, scope))


def normalize(upload: dict) -> list[Reading]:
    conversions = {
        (c["from"], c["to"]): c["expr"] for c in upload.get("unitConversion", [])
    }
    out: list[Reading] = []
    for item in upload.get("readings", []):
        kind = item["kind"]
        target = TARGET_UNITS.get(kind)
        if target is None:
            continue
        value, unit = float(item["value"]), item["unit"]
        if unit != target:
            expr = conversions.get((unit, target))
            if expr is None:
                raise ValueError(f"no conversion from {unit} to {target} for {kind}")
            value = _convert(value, expr)
        out.append(Reading(kind=kind, value=round(value, 2), unit=target))
    return out
