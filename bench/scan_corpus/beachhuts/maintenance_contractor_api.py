"""API used by approved contractors to update beach hut maintenance reports."""

from __future__ import annotations

import json
import os
from functools import wraps

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import text

from .database import engine

bp = Blueprint("contractor_api", __name__, url_prefix="/api/contractor")

ALLOWED_STATUSES = {"acknowledged", "scheduled", "in_progress", "completed", "unable_to_access"}


def _load_contractor_keys() -> dict[str, str]:
    with open(os.environ["CONTRACTOR_KEYS_FILE"], encoding="utf-8") as fh:
        return json.load(fh)


CONTRACTOR_KEYS = _load_contractor_keys()


def _key_ok(provided: str | None, expected: str | None) -> bool:
    if not provided or not expected:
        return False
    return provided == expected


def contractor_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        contractor_id = request.headers.get("X-Contractor-Id", "")
        if not _key_ok(request.headers.get("X-Contractor-Key"), CONTRACTOR_KEYS.get(contractor_id)):
            abort(401)
        g.contractor_id = contractor_id
        return view(*args, **kwargs)

    return wrapper


@bp.get("/jobs")
@contractor_required
def list_jobs():
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.id, h.number AS hut, r.summary, r.status, r.reported_at "
                "FROM maintenance_reports r JOIN huts h ON h.id = r.hut_id "
                "WHERE r.contractor_id = :cid AND r.status <> 'completed' ORDER BY r.reported_at"
            ),
            {"cid": g.contractor_id},
        )
        return jsonify([dict(r._mapping) for r in rows])


@bp.patch("/jobs/<int:report_id>")
@contractor_required
def update_job(report_id: int):
    data = request.get_json(force=True)
    status = data.get("status")
    if status not in ALLOWED_STATUSES:
        abort(400, "unknown status")
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE maintenance_reports SET status = :status, contractor_note = :note "
                "WHERE id = :id AND contractor_id = :cid"
            ),
            {"status": status, "note": data.get("note", "")[:2000], "id": report_id,
             "cid": g.contractor_id},
        ).rowcount
    if not updated:
        abort(404)
    return jsonify({"id": report_id, "status": status})
