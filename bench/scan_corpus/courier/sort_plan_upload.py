"""Upload endpoint for depot sort plans written in YAML by shift planners."""
from __future__ import annotations

import yaml
from flask import Blueprint, jsonify, request

from courier.auth import depot_manager_required
from courier.sorting import activate_plan

bp = Blueprint("sort_plans", __name__)

MAX_PLAN_BYTES = 512 * 1024


def _validate(plan: object) -> dict:
    if not isinstance(plan, dict):
        raise ValueError("plan must be a mapping")
    chutes = plan.get("chutes")
    if not isinstance(chutes, dict) or not chutes:
        raise ValueError("plan needs a non-empty 'chutes' mapping")
    for chute, routes in chutes.items():
        if not isinstance(chute, int) or not isinstance(routes, list):
            raise ValueError(f"chute {chute!r}: expected an integer mapped to a list of routes")
        if not all(isinstance(r, str) for r in routes):
            raise ValueError(f"chute {chute}: route codes must be strings")
    return plan


@bp.post("/depots/<depot>/sort-plans")
@depot_manager_required
def upload_sort_plan(depot: str):
    if (request.content_length or 0) > MAX_PLAN_BYTES:
        return jsonify(error="plan too large"), 413
    try:
        plan = _validate(yaml.safe_load(request.get_data(as_text=True)))
    except (yaml.YAMLError, ValueError) as exc:
        return jsonify(error=str(exc)), 400

    version = activate_plan(depot, plan)
    return jsonify(depot=depot, version=version, chutes=len(plan["chutes"])), 201
