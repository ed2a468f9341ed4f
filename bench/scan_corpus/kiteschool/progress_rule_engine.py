"""Evaluates level-up rules that decide when a student can progress to the next course stage."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class StudentMetrics:
    hours_on_water: float
    upwind_runs: int
    water_starts: int
    self_rescue_done: bool

    def as_namespace(self) -> Dict[str, object]:
        return {
            "hours": self.hours_on_water,
            "upwind": self.upwind_runs,
            "starts": self.water_starts,
            "rescue": self.self_rescue_done,
        }


class ProgressRule:
    def __init__(self, stage: str, expression: str) -> None:
        self.stage = stage
        self.expression = expression

    def passes(self, metrics: StudentMetrics) -> bool:
        scope = {"__builtins__": {}, **metrics.as_namespace()}
        return bool(eval(self.expression, scope))


def evaluate_rules(rules: List[ProgressRule], metrics: StudentMetrics) -> List[str]:
    return [rule.stage for rule in rules if rule.passes(metrics)]


@require_POST
def preview_rule(request: HttpRequest) -> JsonResponse:
    """Lets a head instructor try a rule expression against a sample student."""
    rule = ProgressRule(stage=request.POST.get("stage", "preview"), expression=request.POST["expression"])
    sample = StudentMetrics(
        hours_on_water=float(request.POST.get("hours", 6)),
        upwind_runs=int(request.POST.get("upwind", 2)),
        water_starts=int(request.POST.get("starts", 5)),
        self_rescue_done=request.POST.get("rescue") == "1",
    )
    return JsonResponse({"stage": rule.stage, "passes": rule.passes(sample)})
