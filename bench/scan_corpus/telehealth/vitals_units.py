"""Unit handling for uploaded vitals.

Vendors describe their native units in the device profile, and a few older
profiles carry calibration offsets as a Python-style tuple literal, e.g.
``"(0.0, 1.0)"`` for (offset, scale).  Conversions are a fixed table.
"""
from __future__ import annotations

import ast
from typing import Callable

CONVERSIONS: dict[tuple[str, str], Callable[[float], float]] = {
    ("mmol/L", "mg/dL"): lambda v: v * 18.016,
    ("lb", "kg"): lambda v: v * 0.45359237,
    ("degF", "degC"): lambda v: (v - 32.0) * 5.0 / 9.0,
    ("kPa", "mmHg"): lambda v: v * 7.50062,
    ("fraction", "%"): lambda v: v * 100.0,
}


def parse_calibration(raw: str | None) -> tuple[float, float]:
    if not raw:
        return 0.0, 1.0
    value = ast.literal_eval(raw)
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(x, (int, float)) for x in value)
    ):
        raise ValueError(f"calibration must be (offset, scale), got {raw!r}")
    return float(value[0]), float(value[1])


def to_target(value: float, unit: str, target: str, calibration: str | None = None) -> float:
    offset, scale = parse_calibration(calibration)
    value = value * scale + offset
    if unit == target:
        return value
    try:
        fn = CONVERSIONS[(unit, target)]
    except KeyError:
        raise ValueError(f"no conversion from {unit} to {target}") from None
    return fn(value)
