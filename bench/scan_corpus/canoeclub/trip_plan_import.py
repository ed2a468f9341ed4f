"""Imports river trip plans written as YAML by trip leaders.

A plan names the river section, put-in and take-out, the grade, the
leaders and the kit list; it is validated and stored as a draft trip.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml
from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("trip_plans", __name__, url_prefix="/trips")

GRADES = {"1", "2", "2+", "3", "3+", "4"}


@dataclass
class TripPlan:
    river: str
    section: str
    put_in: str
    take_out: str
    grade: str
    date: date
    leaders: list[str]
    kit: list[str] = field(default_factory=list)
    max_paddlers: int = 12


def load_plan(text: str) -> TripPlan:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("plan must be a mapping")
    grade = str(data.get("grade", "")).strip()
    if grade not in GRADES:
        raise ValueError(f"unsupported grade {grade!r}")
    leaders = [str(x) for x in data.get("leaders", [])]
    if not leaders:
        raise ValueError("a plan needs at least one leader")
    trip_date = data.get("date")
    if not isinstance(trip_date, date):
        raise ValueError("date must be YYYY-MM-DD")
    return TripPlan(
        river=str(data["river"]),
        section=str(data.get("section", "")),
        put_in=str(data["put_in"]),
        take_out=str(data["take_out"]),
        grade=grade,
        date=trip_date,
        leaders=leaders,
        kit=[str(x) for x in data.get("kit", [])],
        max_paddlers=int(data.get("max_paddlers", 12)),
    )


@bp.post("/plans")
def import_plan():
    if getattr(g, "user", None) is None or not g.user.is_trip_leader:
        abort(403)
    raw = request.get_data(as_text=True)
    try:
        plan = load_plan(raw)
    except (yaml.YAMLError, KeyError, ValueError) as exc:
        abort(422, str(exc))
    trip_id = g.db.create_draft_trip(plan, created_by=g.user.id)
    return jsonify(trip_id=trip_id, river=plan.river, date=plan.date.isoformat()), 201
