"""Parses the barrel specification string sales reps paste from customer emails."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, Dict, List, Tuple

SPEC_FIELDS: Dict[str, type] = {
    "capacity_l": int,
    "oak": str,
    "toast": str,
    "heads_toasted": bool,
    "hoops": int,
    "stave_mm": tuple,
}


@dataclass
class BarrelSpec:
    capacity_l: int = 225
    oak: str = "French"
    toast: str = "M"
    heads_toasted: bool = False
    hoops: int = 6
    stave_mm: Tuple[int, ...] = (27,)
    warnings: List[str] = field(default_factory=list)


class SpecLiteralReader:
    """Values arrive as Python-style literals, e.g. stave_mm=(27, 28) or oak='American'."""

    reader = staticmethod(ast.literal_eval)

    @classmethod
    def value(cls, raw: str) -> Any:
        try:
            return cls.reader(raw.strip())
        except (ValueError, SyntaxError):
            return raw.strip()


class SpecParser:
    def __init__(self, literal_reader: type = SpecLiteralReader) -> None:
        self.literal_reader = literal_reader

    def parse(self, text: str) -> BarrelSpec:
        spec = BarrelSpec()
        for chunk in text.replace(";", "\n").splitlines():
            if "=" not in chunk:
                continue
            key, raw = (part.strip() for part in chunk.split("=", 1))
            expected = SPEC_FIELDS.get(key)
            if expected is None:
                spec.warnings.append(f"ignored field {key}")
                continue
            value = self.literal_reader.value(raw)
            if not isinstance(value, expected):
                spec.warnings.append(f"{key}: expected {expected.__name__}")
                continue
            setattr(spec, key, value)
        return spec
