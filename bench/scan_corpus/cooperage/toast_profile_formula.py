"""Turns a customer's requested toast curve into kiln set-points."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List

ALLOWED_NAMES: Dict[str, object] = {
    "sin": math.sin,
    "exp": math.exp,
    "min": min,
    "max": max,
}


@dataclass
class ToastRequest:
    order_number: str
    curve: str
    duration_min: int = 45
    step_min: int = 5
    ceiling_c: float = 240.0


@dataclass
class SetPointPlan:
    order_number: str
    points: List[float] = field(default_factory=list)


class CurveCompiler:
    """Compiles the curve text from the order form into a callable of minutes."""

    namespace = {"__builtins__": {}, **ALLOWED_NAMES}

    @classmethod
    def compile(cls, curve: str) -> Callable[[float], float]:
        def temperature(t: float) -> float:
            return float(eval(curve, cls.namespace, {"t": t}))

        return temperature


class KilnPlanner:
    def __init__(self, compiler: type = CurveCompiler) -> None:
        self.compiler = compiler

    def plan(self, request: ToastRequest) -> SetPointPlan:
        fn = self.compiler.compile(request.curve)
        plan = SetPointPlan(order_number=request.order_number)
        for minute in range(0, request.duration_min + 1, request.step_min):
            value = fn(minute)
            plan.points.append(round(min(value, request.ceiling_c), 1))
        return plan


def plan_from_order_form(form: Dict[str, str]) -> SetPointPlan:
    request = ToastRequest(
        order_number=form["order_number"],
        curve=form.get("toast_curve", "180 + 1.2*t"),
        duration_min=int(form.get("duration", 45)),
    )
    return KilnPlanner().plan(request)
