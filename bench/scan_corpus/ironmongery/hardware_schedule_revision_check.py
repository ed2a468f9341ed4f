"""Optimistic concurrency for edits to door hardware schedules.

Several estimators may work on one project schedule. Each save sends the
revision id the editor loaded; if the schedule has moved on since, the
save is refused and the editor reloads.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("schedule_edit", __name__, url_prefix="/api/projects")


def revision_id(doors: list[dict]) -> str:
    canonical = json.dumps(doors, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:16]


@dataclass
class ScheduleSnapshot:
    project_id: int
    doors: list[dict]

    @property
    def revision(self) -> str:
        return revision_id(self.doors)


def load_snapshot(project_id: int) -> ScheduleSnapshot:
    db = current_app.extensions["schedule_db"]
    rows = db.execute(
        "SELECT door_ref, location, hardware_set, finish, fire_rating FROM doors WHERE project_id = ? ORDER BY door_ref",
        (project_id,),
    ).fetchall()
    return ScheduleSnapshot(project_id, [dict(r) for r in rows])


@bp.route("/<int:project_id>/schedule", methods=["GET"])
def get_schedule(project_id: int):
    snap = load_snapshot(project_id)
    return jsonify({"revision": snap.revision, "doors": snap.doors})


@bp.route("/<int:project_id>/schedule/doors/<door_ref>", methods=["PUT"])
def update_door(project_id: int, door_ref: str):
    payload = request.get_json(force=True)
    current = load_snapshot(project_id)
    if payload.get("base_revision") != current.revision:
        return jsonify({"error": "schedule changed", "revision": current.revision}), 409
    fields = {k: payload[k] for k in ("location", "hardware_set", "finish", "fire_rating") if k in payload}
    if not fields:
        abort(400)
    db = current_app.extensions["schedule_db"]
    db.execute(
        "UPDATE doors SET location = COALESCE(?, location), hardware_set = COALESCE(?, hardware_set), "
        "finish = COALESCE(?, finish), fire_rating = COALESCE(?, fire_rating) WHERE project_id = ? AND door_ref = ?",
        (
            fields.get("location"),
            fields.get("hardware_set"),
            fields.get("finish"),
            fields.get("fire_rating"),
            project_id,
            door_ref,
        ),
    )
    db.commit()
    return jsonify({"revision": load_snapshot(project_id).revision})
