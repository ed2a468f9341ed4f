"""Import of custom route plans that tour planners upload as YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

import yaml
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("route_import", __name__, url_prefix="/planner/routes")

MAX_PLAN_BYTES = 512 * 1024


@dataclass
class Stage:
    start: str
    finish: str
    distance_km: float
    climbing_m: int = 0


@dataclass
class RoutePlan:
    name: str
    region: str
    stages: list[Stage] = field(default_factory=list)

    @property
    def total_km(self) -> float:
        return round(sum(s.distance_km for s in self.stages), 1)


def _parse_plan(stream: IO[bytes]) -> RoutePlan:
    document = yaml.load(stream, Loader=yaml.Loader)
    if not isinstance(document, dict) or "stages" not in document:
        raise ValueError("route plan must be a mapping with a 'stages' list")
    stages = [
        Stage(
            start=str(s["start"]),
            finish=str(s["finish"]),
            distance_km=float(s["distance_km"]),
            climbing_m=int(s.get("climbing_m", 0)),
        )
        for s in document["stages"]
    ]
    return RoutePlan(str(document["name"]), str(document.get("region", "unknown")), stages)


@bp.post("/import")
@login_required
def import_plan():
    upload = request.files.get("plan")
    if upload is None:
        abort(400, "missing 'plan' file")
    if request.content_length and request.content_length > MAX_PLAN_BYTES:
        abort(413)
    try:
        plan = _parse_plan(upload.stream)
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        abort(422, str(exc))

    repo = current_app.extensions["route_repo"]
    plan_id = repo.save(owner_id=current_user.id, plan=plan)
    return jsonify(id=plan_id, name=plan.name, stages=len(plan.stages), total_km=plan.total_km), 201
