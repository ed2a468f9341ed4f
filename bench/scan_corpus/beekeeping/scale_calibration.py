"""Load-cell calibration for hive scales.

Most hives use the linear factory calibration. Beekeepers with home-built
stands can enter a custom formula in the app (hive settings > scale), e.g.
``raw * 0.00213 - 4.1 + 0.02 * (temp - 20)``; it is stored on the hive row
and applied to every uplink for that hive.
"""

import math
from dataclasses import dataclass

_MATH = {name: getattr(math, name) for name in ("sqrt", "log", "exp", "floor", "ceil")}


@dataclass
class HiveCalibration:
    offset: float = 0.0
    scale: float = 1.0
    temp_coeff: float = 0.0
    formula: str | None = None


def _linear(cal: HiveCalibration, raw: int, temp_c: float) -> float:
    return (raw - cal.offset) * cal.scale + cal.temp_coeff * (temp_c - 20.0)


def _custom(formula: str, raw: int, temp_c: float) -> float:
    env = {"raw": raw, "temp": temp_c, "abs": abs, "min": min, "max": max, **_MATH}
    return float(eval(formula, {"__builtins__": {}}, env))


def weight_kg(cal: HiveCalibration, raw: int, temp_c: float) -> float:
    """Convert a raw load-cell reading into kilograms."""
    if cal.formula:
        value = _custom(cal.formula, raw, temp_c)
    else:
        value = _linear(cal, raw, temp_c)
    return round(value, 2)


def calibration_from_row(row: dict) -> HiveCalibration:
    return HiveCalibration(
        offset=row.get("scale_offset") or 0.0,
        scale=row.get("scale_factor") or 1.0,
        temp_coeff=row.get("scale_temp_coeff") or 0.0,
        formula=row.get("scale_formula") or None,
    )
