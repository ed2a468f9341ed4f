"""Conditional GET support for the published day plan.

Tablets poll the day plan every few minutes; an ETag derived from the
plan content lets us answer 304 when nothing has changed.
"""
import hashlib
import json
from datetime import date

from flask import Blueprint, jsonify, make_response, request

from knifegrinder.auth import technician_required
from knifegrinder.routing.store import load_day_plan

bp = Blueprint("day_plan", __name__)


def plan_etag(plan: dict) -> str:
    canonical = json.dumps(plan, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.blake2b(canonical, digest_size=16).hexdigest() + '"'


def _client_etags() -> list[str]:
    header = request.headers.get("If-None-Match", "")
    return [tag.strip() for tag in header.split(",") if tag.strip()]


@bp.get("/v1/vans/<van_id>/plan/<day>")
@technician_required
def get_day_plan(van_id: str, day: str):
    plan = load_day_plan(van_id, date.fromisoformat(day))
    etag = plan_etag(plan)
    for tag in _client_etags():
        if tag == etag or tag == "*":
            response = make_response("", 304)
            response.headers["ETag"] = etag
            return response
    response = jsonify(plan)
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = "private, max-age=0, must-revalidate"
    return response
