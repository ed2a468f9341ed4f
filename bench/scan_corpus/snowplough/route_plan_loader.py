"""Import of snow route plans submitted by contracted plough operators.

Contractors export their route plan from the planning desktop tool, which
serialises the plan object graph; the portal accepts that export as a
base64 field and turns it into the city's route model.
"""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("route_plans", __name__, url_prefix="/contractors")


@dataclass
class RouteLeg:
    segment_id: int
    pass_count: int = 1
    salt_rate_g_m2: float = 15.0


@dataclass
class RoutePlan:
    contractor_id: str
    route_code: str
    legs: list[RouteLeg] = field(default_factory=list)

    @property
    def total_passes(self) -> int:
        return sum(leg.pass_count for leg in self.legs)


class RoutePlanCodec:
    """Round-trips plans in the format produced by the planning tool."""

    @staticmethod
    def decode(blob: str) -> Any:
        return pickle.loads(base64.b64decode(blob))

    @staticmethod
    def normalise(raw: Any, contractor_id: str) -> RoutePlan:
        legs = [
            RouteLeg(int(l["segment_id"]), int(l.get("passes", 1)), float(l.get("salt_rate", 15.0)))
            for l in getattr(raw, "legs", raw.get("legs", []) if isinstance(raw, dict) else [])
        ]
        route_code = getattr(raw, "route_code", None) or raw["route_code"]
        return RoutePlan(contractor_id=contractor_id, route_code=route_code, legs=legs)


@bp.post("/<contractor_id>/route-plans")
def upload_route_plan(contractor_id: str):
    payload = request.get_json(silent=True) or {}
    blob = payload.get("plan")
    if not blob:
        abort(400, "missing plan")
    plan = RoutePlanCodec.normalise(RoutePlanCodec.decode(blob), contractor_id)
    return jsonify(
        contractor=plan.contractor_id,
        route=plan.route_code,
        legs=len(plan.legs),
        passes=plan.total_passes,
    ), 201
