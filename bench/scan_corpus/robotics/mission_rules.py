"""Conditional steps in mission definitions.

Customers upload missions as JSON; a step may carry a ``when`` expression
such as ``"battery > 30 and zone != 'cold_store'"`` that is checked against
live robot state before the step is dispatched.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_HELPERS = {"min": min, "max": max, "abs": abs, "len": len}


@dataclass
class RobotState:
    serial: str
    battery: float
    zone: str
    payload_kg: float
    error_count: int

    def as_context(self) -> dict[str, Any]:
        return {
            "battery": self.battery,
            "zone": self.zone,
            "payload": self.payload_kg,
            "errors": self.error_count,
        }


def condition_holds(expr: str, state: RobotState) -> bool:
    scope = dict(_HELPERS)
    scope.update(state.as_context())
    return bool(eval(expr, {"__builtins__": {}}, scope))


def runnable_steps(mission_json: str, state: RobotState) -> list[dict]:
    mission = json.loads(mission_json)
    steps = []
    for step in mission.get("steps", []):
        when = step.get("when")
        if when and not condition_holds(when, state):
            continue
        steps.append(step)
    return steps
