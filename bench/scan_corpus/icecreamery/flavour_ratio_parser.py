"""Parses ingredient ratio overrides entered by kitchen leads in the recipe editor."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from fractions import Fraction

ALLOWED_INGREDIENTS = frozenset(
    {"milk", "cream", "sugar", "dextrose", "skim_powder", "stabiliser", "egg_yolk", "flavour_base"}
)


@dataclass
class RatioOverride:
    recipe_code: str
    ratios: dict[str, Fraction]

    def normalised(self) -> dict[str, float]:
        total = sum(self.ratios.values())
        return {k: float(v / total) for k, v in self.ratios.items()}


class RatioParser:
    literal_reader = staticmethod(ast.literal_eval)

    def parse(self, recipe_code: str, raw: str) -> RatioOverride:
        value = self.literal_reader(raw.strip())
        if not isinstance(value, dict) or not value:
            raise ValueError("ratio override must be a non-empty mapping")
        ratios: dict[str, Fraction] = {}
        for key, amount in value.items():
            if key not in ALLOWED_INGREDIENTS:
                raise ValueError(f"unknown ingredient {key!r}")
            if isinstance(amount, bool) or not isinstance(amount, (int, float, str)):
                raise ValueError(f"amount for {key} is not a number")
            frac = Fraction(amount).limit_denominator(1000)
            if frac <= 0:
                raise ValueError(f"amount for {key} must be positive")
            ratios[key] = frac
        return RatioOverride(recipe_code, ratios)


def apply_override(base_litres: float, recipe_code: str, raw: str) -> dict[str, float]:
    override = RatioParser().parse(recipe_code, raw)
    return {k: round(base_litres * share, 3) for k, share in override.normalised().items()}
