"""Parsing of wear threshold tables supplied with operator maintenance plans.

Older maintenance plans carry their limits as a Python-literal mapping, e.g.
``{"flange_thickness_mm": ("<", 26.0), "qr_mm": ("<", 6.5)}``; this module
turns that text into comparisons the depot system can apply.
"""
import ast
import operator
from typing import Callable

COMPARATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
KNOWN_QUANTITIES = {
    "tread_diameter_mm",
    "flange_thickness_mm",
    "flange_height_mm",
    "qr_mm",
    "back_to_back_mm",
}


def parse_limits(text: str) -> dict[str, tuple[str, float]]:
    raw = ast.literal_eval(text)
    if not isinstance(raw, dict):
        raise ValueError("limit table must be a mapping")
    limits = {}
    for quantity, spec in raw.items():
        if quantity not in KNOWN_QUANTITIES:
            raise ValueError(f"unknown quantity {quantity!r}")
        op, value = spec
        if op not in COMPARATORS:
            raise ValueError(f"unsupported comparison {op!r}")
        limits[quantity] = (op, float(value))
    return limits


def breaches(limits: dict[str, tuple[str, float]], measured: dict[str, float]) -> list[str]:
    found = []
    for quantity, (op, threshold) in limits.items():
        value = measured.get(quantity)
        if value is not None and COMPARATORS[op](value, threshold):
            found.append(f"{quantity} {value} {op} {threshold}")
    return found
