"""Live results feed for spectators during a regularity rally.

The results table is recomputed every minute. Spectators' phones poll it
often, so the endpoint supports conditional GET with an ETag derived from
the published results.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

from flask import Blueprint, Response, current_app, request

bp = Blueprint("live_results", __name__)


def _load_results(rally_id: int) -> list[dict]:
    conn = sqlite3.connect(current_app.config["RESULTS_DB"])
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT car_number, crew, class, penalty_seconds, position"
            " FROM published_results WHERE rally_id = ? ORDER BY position",
            (rally_id,),
        ).fetchall()
    finally:
        conn.close()
    return [dict(row) for row in rows]


def _etag_for(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@bp.get("/rallies/<int:rally_id>/live")
def live_results(rally_id: int):
    payload = json.dumps(
        {"rally": rally_id, "results": _load_results(rally_id)}, separators=(",", ":")
    ).encode()
    etag = _etag_for(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        payload,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=30"},
    )
