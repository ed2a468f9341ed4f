"""Season harvest export for the wholesale price list.

Trade customers' buying software polls this feed every few minutes; it
supports conditional requests so unchanged exports cost nothing.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

from flask import Blueprint, Response, current_app, g, request

bp = Blueprint("harvest_export", __name__, url_prefix="/feeds")


def get_db() -> sqlite3.Connection:
    if "harvest_db" not in g:
        g.harvest_db = sqlite3.connect(current_app.config["HARVEST_DB"])
    return g.harvest_db


def season_totals(season: int) -> list[dict]:
    rows = get_db().execute(
        "SELECT variety, grade, SUM(bundles) FROM harvest_records "
        "WHERE strftime('%Y', cut_on) = ? GROUP BY variety, grade ORDER BY variety, grade",
        (str(season),),
    ).fetchall()
    return [{"variety": v, "grade": gr, "bundles": n} for v, gr, n in rows]


def _etag_for(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@bp.get("/harvest/<int:season>.json")
def harvest_feed(season: int):
    payload = json.dumps(
        {"season": season, "totals": season_totals(season)}, sort_keys=True
    ).encode("utf-8")
    etag = _etag_for(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        payload,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )
