"""Cached JSON view of a hive's inspection history.

The mobile app polls this endpoint whenever a hive page is opened, so
responses carry an ETag and unchanged histories return 304.
"""
import hashlib
import json

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required

from apiary.db import get_db

bp = Blueprint("inspection_history", __name__)


def load_history(hive_id: int) -> list[dict]:
    rows = get_db().execute(
        "SELECT inspected_at, queen_seen, brood_frames, temper, notes "
        "FROM inspections WHERE hive_id = ? ORDER BY inspected_at DESC",
        (hive_id,),
    ).fetchall()
    return [dict(row) for row in rows]


def history_etag(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@bp.get("/hives/<int:hive_id>/inspections")
@login_required
def inspection_history(hive_id: int):
    if not current_user.can_view_hive(hive_id):
        abort(404)
    payload = json.dumps(load_history(hive_id), default=str, sort_keys=True).encode()
    etag = history_etag(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        payload,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "private, max-age=0, must-revalidate"},
    )
