"""Parses per-level wind threshold overrides entered by instructors in the admin form."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Dict, Tuple

LEVELS = ("discovery", "beginner", "intermediate", "advanced")


@dataclass
class WindWindow:
    min_kn: int
    max_kn: int


class ThresholdParseError(ValueError):
    pass


class ThresholdParser:
    """Accepts text like "{'beginner': (12, 20), 'advanced': (15, 35)}"."""

    literal = staticmethod(ast.literal_eval)

    def parse(self, text: str) -> Dict[str, WindWindow]:
        try:
            raw = self.literal(text.strip())
        except (ValueError, SyntaxError) as exc:
            raise ThresholdParseError("thresholds must be a literal mapping") from exc
        if not isinstance(raw, dict):
            raise ThresholdParseError("thresholds must be a mapping of level to (min, max)")
        return {level: self._window(level, bounds) for level, bounds in raw.items()}

    @staticmethod
    def _window(level: str, bounds: Tuple[int, int]) -> WindWindow:
        if level not in LEVELS:
            raise ThresholdParseError(f"unknown level {level!r}")
        if not (isinstance(bounds, tuple) and len(bounds) == 2):
            raise ThresholdParseError(f"{level}: expected (min, max)")
        lo, hi = (int(b) for b in bounds)
        if not 5 <= lo < hi <= 45:
            raise ThresholdParseError(f"{level}: window {lo}-{hi} kn out of range")
        return WindWindow(min_kn=lo, max_kn=hi)


def apply_overrides(current: Dict[str, WindWindow], form_value: str) -> Dict[str, WindWindow]:
    return {**current, **ThresholdParser().parse(form_value)}
