"""Custom scoring formats set up by the competition secretary in the admin screens."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Mapping

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class HoleResult:
    par: int
    stroke_index: int
    strokes: int


class FormulaEngine:
    allowed_names = {"min": min, "max": max, "floor": math.floor, "ceil": math.ceil, "round": round}

    def evaluate(self, formula: str, variables: Mapping[str, float]) -> float:
        scope = {"__builtins__": {}, **self.allowed_names}
        return float(eval(formula, scope, dict(variables)))


def shots_received(course_handicap: int, stroke_index: int) -> int:
    return course_handicap // 18 + (1 if stroke_index <= course_handicap % 18 else 0)


class CustomFormat:
    def __init__(self, name: str, hole_formula: str, engine: FormulaEngine | None = None) -> None:
        self.name = name
        self.hole_formula = hole_formula
        self._engine = engine or FormulaEngine()

    def score_round(self, holes: list[HoleResult], course_handicap: int) -> float:
        total = 0.0
        for hole in holes:
            shots = shots_received(course_handicap, hole.stroke_index)
            variables = {
                "par": hole.par,
                "strokes": hole.strokes,
                "net": hole.strokes - shots,
                "shots": shots,
            }
            total += self._engine.evaluate(self.hole_formula, variables)
        return total


@require_POST
def preview_format(request: HttpRequest) -> JsonResponse:
    payload = json.loads(request.body)
    fmt = CustomFormat(payload["name"], payload["hole_formula"])
    holes = [HoleResult(**h) for h in payload["sample_holes"]]
    points = fmt.score_round(holes, int(payload["course_handicap"]))
    return JsonResponse({"format": fmt.name, "points": points})
