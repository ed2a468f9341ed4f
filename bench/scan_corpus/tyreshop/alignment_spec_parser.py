"""Loads manufacturer alignment specifications into the spec database.

Vehicle manufacturers' alignment targets arrive as text files where each
value is a Python-style tuple of (min, nominal, max) in degrees, e.g.
``FRONT_CAMBER = (-1.25, -0.75, -0.25)``. The shop alignment machines are
checked against these targets when a report is generated.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

KNOWN_KEYS = {
    "FRONT_CAMBER", "FRONT_CASTER", "FRONT_TOE_TOTAL",
    "REAR_CAMBER", "REAR_TOE_TOTAL", "THRUST_ANGLE",
}


@dataclass(frozen=True)
class Tolerance:
    minimum: float
    nominal: float
    maximum: float

    def contains(self, value: float) -> bool:
        return self.minimum <= value <= self.maximum


def parse_value(raw: str) -> Tolerance:
    value = ast.literal_eval(raw.strip())
    if not (isinstance(value, tuple) and len(value) == 3):
        raise ValueError(f"expected (min, nominal, max), got {raw!r}")
    lo, nom, hi = (float(v) for v in value)
    if not lo <= nom <= hi:
        raise ValueError(f"tolerance out of order: {raw!r}")
    return Tolerance(lo, nom, hi)


def parse_spec_file(path: Path) -> dict[str, Tolerance]:
    spec: dict[str, Tolerance] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, raw = line.partition("=")
        key = key.strip().upper()
        if not sep or key not in KNOWN_KEYS:
            raise ValueError(f"{path.name}:{lineno}: unexpected line")
        spec[key] = parse_value(raw)
    return spec


def out_of_spec(spec: dict[str, Tolerance], measured: dict[str, float]) -> list[str]:
    return sorted(
        key for key, value in measured.items()
        if key in spec and not spec[key].contains(value)
    )
