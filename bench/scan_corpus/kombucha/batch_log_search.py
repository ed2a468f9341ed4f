"""Search over the fermentation batch log for the brewhouse intranet.

Brewers and the front-of-house team use this to pull up past batches by
tea blend, e.g. when a customer asks about a particular bottling run.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("batch_search", __name__, url_prefix="/batches")

BATCH_LOG_DB = os.environ.get("BATCH_LOG_DB", "/srv/brewhouse/batch_log.sqlite3")
MAX_LIMIT = 200

COLUMNS = (
    "batch_code", "tea_blend", "vessel", "started_on", "first_ferment_days",
    "second_ferment_flavor", "final_ph", "final_brix",
)


def get_log() -> sqlite3.Connection:
    if "batch_log" not in g:
        conn = sqlite3.connect(f"file:{BATCH_LOG_DB}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        g.batch_log = conn
    return g.batch_log


@bp.teardown_app_request
def close_log(_exc):
    conn = g.pop("batch_log", None)
    if conn is not None:
        conn.close()


def find_batches(conn: sqlite3.Connection, blend: str, limit: int = 50) -> list[sqlite3.Row]:
    query = (
        f"SELECT {', '.join(COLUMNS)} FROM batches "
        f"WHERE tea_blend LIKE '%{blend}%' "
        "ORDER BY started_on DESC LIMIT ?"
    )
    return conn.execute(query, (limit,)).fetchall()


@bp.get("/search")
def search_batches():
    blend = request.args.get("blend", "").strip()
    limit = min(request.args.get("limit", 50, type=int), MAX_LIMIT)
    if not blend:
        return jsonify(error="blend is required"), 400
    rows = find_batches(get_log(), blend, limit)
    return jsonify(batches=[{c: row[c] for c in COLUMNS} for row in rows])


@bp.get("/<batch_code>")
def batch_detail(batch_code: str):
    row = get_log().execute(
        f"SELECT {', '.join(COLUMNS)} FROM batches WHERE batch_code = ?",
        (batch_code,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify({c: row[c] for c in COLUMNS})
