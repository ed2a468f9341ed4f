"""REST endpoints for editing kiln drying schedules.

Schedules are edited by several people at once during changeover, so
updates use optimistic concurrency: the client sends back the ETag it
read and the update is refused if the schedule changed in between.
"""
import hashlib
import json

from flask import Blueprint, abort, jsonify, request

from sawyer.auth import require_role
from sawyer.kilns import load_schedule, save_schedule

bp = Blueprint("kiln_schedules", __name__, url_prefix="/kilns")


def schedule_etag(schedule: dict) -> str:
    canonical = json.dumps(schedule, sort_keys=True, separators=(",", ":"))
    return '"' + hashlib.sha1(canonical.encode()).hexdigest() + '"'


@bp.get("/<int:kiln_id>/schedule")
@require_role("kiln_operator")
def get_schedule(kiln_id):
    schedule = load_schedule(kiln_id)
    if schedule is None:
        abort(404)
    response = jsonify(schedule)
    response.headers["ETag"] = schedule_etag(schedule)
    return response


@bp.put("/<int:kiln_id>/schedule")
@require_role("kiln_supervisor")
def put_schedule(kiln_id):
    current = load_schedule(kiln_id)
    if current is None:
        abort(404)
    if_match = request.headers.get("If-Match")
    if if_match is None:
        abort(428)
    if if_match != schedule_etag(current):
        abort(412)
    steps = request.get_json()["steps"]
    for step in steps:
        if not 20 <= float(step["dry_bulb_c"]) <= 95:
            abort(422)
    updated = save_schedule(kiln_id, steps)
    response = jsonify(updated)
    response.headers["ETag"] = schedule_etag(updated)
    return response
