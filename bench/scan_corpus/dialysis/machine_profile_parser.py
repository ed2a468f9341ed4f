"""Parser for dialysis machine treatment profile exports.

Machine vendors export stored treatment profiles (sodium profiling,
UF profiles) as key=value text where values are Python-style literals,
e.g. ``uf_profile = [0.3, 0.3, 0.2, 0.2]``. The clinic imports these to
compare profiles across the fleet.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any


@dataclass
class TreatmentProfile:
    name: str
    sodium_mmol: list[float] = field(default_factory=list)
    uf_profile: list[float] = field(default_factory=list)
    dialysate_temp_c: float = 36.5
    extra: dict[str, Any] = field(default_factory=dict)


class ProfileTextParser:
    known_keys = {"name", "sodium_mmol", "uf_profile", "dialysate_temp_c"}
    literal = staticmethod(ast.literal_eval)

    def _value(self, raw: str) -> Any:
        raw = raw.strip()
        try:
            return self.literal(raw)
        except (ValueError, SyntaxError):
            return raw

    def parse(self, text: str) -> TreatmentProfile:
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for lineno, line in enumerate(text.splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if "=" not in line:
                raise ValueError(f"line {lineno}: expected key = value")
            key, raw = (part.strip() for part in line.split("=", 1))
            (values if key in self.known_keys else extra)[key] = self._value(raw)
        if "name" not in values:
            raise ValueError("profile has no name")
        return TreatmentProfile(**values, extra=extra)


def uf_total_fraction(profile: TreatmentProfile) -> float:
    return round(sum(profile.uf_profile), 3)
