"""Parses the dimension fields registrars type into the intake form.

Old intake sheets store dimensions as Python-literal-ish strings such as
"(412, 287)" or "{'w': 412, 'h': 287, 'unit': 'cm'}"; the migration tool
reads these back into structured values.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

INCH_CM = 2.54
_PLAIN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(cm|in|mm)?\s*$", re.I)


@dataclass(frozen=True)
class Dimensions:
    width_cm: float
    height_cm: float


def _to_cm(value: float, unit: str) -> float:
    unit = unit.lower()
    if unit == "in":
        return round(value * INCH_CM, 1)
    if unit == "mm":
        return round(value / 10.0, 1)
    return round(value, 1)


def parse_dimensions(raw: str) -> Dimensions:
    raw = raw.strip()
    plain = _PLAIN.match(raw)
    if plain:
        unit = plain.group(3) or "cm"
        return Dimensions(_to_cm(float(plain.group(1)), unit), _to_cm(float(plain.group(2)), unit))

    value = ast.literal_eval(raw)
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return Dimensions(float(value[0]), float(value[1]))
    if isinstance(value, dict) and {"w", "h"} <= value.keys():
        unit = str(value.get("unit", "cm"))
        return Dimensions(_to_cm(float(value["w"]), unit), _to_cm(float(value["h"]), unit))
    raise ValueError(f"unrecognised dimension format: {raw!r}")


def migrate_rows(rows: list[dict]) -> tuple[list[dict], list[str]]:
    converted, failures = [], []
    for row in rows:
        try:
            dims = parse_dimensions(row["dimensions_raw"])
        except (ValueError, SyntaxError, TypeError):
            failures.append(row["accession_no"])
            continue
        converted.append({"accession_no": row["accession_no"], "width_cm": dims.width_cm,
                          "height_cm": dims.height_cm})
    return converted, failures
