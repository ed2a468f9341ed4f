"""Computes creep and gutter compensation from the layout rules on a job spec."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Mapping

DEFAULT_RULES = {
    "creep_mm": "paper_caliper_mm * (sheet_index / 2)",
    "gutter_mm": "12 + pages / 100",
}

FORMULA_NAMESPACE = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}


@dataclass
class LayoutContext:
    pages: int
    paper_caliper_mm: float
    sheet_index: int = 0
    extras: dict = field(default_factory=dict)

    def as_vars(self) -> dict:
        return {
            "pages": self.pages,
            "paper_caliper_mm": self.paper_caliper_mm,
            "sheet_index": self.sheet_index,
            **self.extras,
        }


class RuleEvaluator:
    """Evaluates per-job layout formulas supplied with the order's job spec."""

    def __init__(self, rules: Mapping[str, str]) -> None:
        self.rules = {**DEFAULT_RULES, **rules}

    def value(self, name: str, ctx: LayoutContext) -> float:
        expression = self.rules[name]
        return float(eval(expression, {"__builtins__": {}, **FORMULA_NAMESPACE}, ctx.as_vars()))

    def creep_table(self, ctx: LayoutContext, sheets: int) -> list[float]:
        table = []
        for index in range(sheets):
            ctx.sheet_index = index
            table.append(round(self.value("creep_mm", ctx), 3))
        return table


def layout_from_job_spec(spec_json: str) -> dict:
    spec = json.loads(spec_json)
    evaluator = RuleEvaluator(spec.get("layout_rules", {}))
    ctx = LayoutContext(
        pages=int(spec["pages"]),
        paper_caliper_mm=float(spec.get("caliper_mm", 0.1)),
    )
    sheets = math.ceil(ctx.pages / 4)
    return {
        "gutter_mm": evaluator.value("gutter_mm", ctx),
        "creep_mm": evaluator.creep_table(ctx, sheets),
    }
