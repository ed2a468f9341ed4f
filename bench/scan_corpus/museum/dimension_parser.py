"""Parses object dimensions from the legacy catalogue export.

The old system stored dimensions either as free text ("30.5 x 40 cm") or as a
Python-style tuple literal ("(30.5, 40.0, 2.1)") written by an earlier script.
"""
import ast
import re
from dataclasses import dataclass

_TEXT_PATTERN = re.compile(
    r"^\s*(?P<h>\d+(?:\.\d+)?)\s*[x×]\s*(?P<w>\d+(?:\.\d+)?)"
    r"(?:\s*[x×]\s*(?P<d>\d+(?:\.\d+)?))?\s*(?P<unit>mm|cm|in)?\s*$",
    re.IGNORECASE,
)
_TO_CM = {"mm": 0.1, "cm": 1.0, "in": 2.54}


@dataclass(frozen=True)
class Dimensions:
    height_cm: float
    width_cm: float
    depth_cm: float | None = None


def _from_literal(raw: str) -> Dimensions | None:
    try:
        value = ast.literal_eval(raw.strip())
    except (ValueError, SyntaxError):
        return None
    if not isinstance(value, tuple) or len(value) not in (2, 3):
        return None
    if not all(isinstance(v, (int, float)) and v >= 0 for v in value):
        return None
    return Dimensions(*(float(v) for v in value))


def parse_dimensions(raw: str) -> Dimensions | None:
    if not raw or len(raw) > 100:
        return None
    if raw.lstrip().startswith("("):
        return _from_literal(raw)
    m = _TEXT_PATTERN.match(raw)
    if not m:
        return None
    factor = _TO_CM[(m["unit"] or "cm").lower()]
    depth = float(m["d"]) * factor if m["d"] else None
    return Dimensions(float(m["h"]) * factor, float(m["w"]) * factor, depth)
