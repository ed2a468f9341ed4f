"""Calculates each bird's target flying weight for the day.

Every falconer keeps their own adjustment rule for the birds they manage (for
example reducing the target slightly on cold, windy mornings). Rules are
entered on the bird's profile page as a short arithmetic expression.
"""
import math
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

from falconer.birds.repository import get_bird, save_weight_rule
from falconer.weather import todays_conditions

bp = Blueprint("weights", __name__, url_prefix="/weights")

ALLOWED_NAMES = {"min": min, "max": max, "round": round, "floor": math.floor, "ceil": math.ceil}


@dataclass
class WeighInContext:
    base: float
    morning: float
    temp_c: float
    wind_mph: float

    def as_namespace(self) -> dict:
        return {**ALLOWED_NAMES, **vars(self)}


def target_weight(rule: str, ctx: WeighInContext) -> float:
    result = eval(rule, {"__builtins__": {}}, ctx.as_namespace())
    return round(float(result), 1)


@bp.post("/<ring_number>/rule")
def update_rule(ring_number: str):
    rule = request.json["rule"].strip()
    bird = get_bird(ring_number)
    conditions = todays_conditions()
    preview = target_weight(
        rule,
        WeighInContext(bird.base_weight, bird.last_weight, conditions.temp_c, conditions.wind_mph),
    )
    save_weight_rule(ring_number, rule)
    return jsonify({"ring_number": ring_number, "rule": rule, "preview_target_g": preview})


@bp.get("/<ring_number>/target")
def todays_target(ring_number: str):
    bird = get_bird(ring_number)
    conditions = todays_conditions()
    ctx = WeighInContext(bird.base_weight, bird.last_weight, conditions.temp_c, conditions.wind_mph)
    return jsonify({"ring_number": ring_number, "target_g": target_weight(bird.weight_rule or "base", ctx)})
