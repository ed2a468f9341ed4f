"""Traceability queries: from a jar's lot code back to the beekeepers' drums."""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("trace_queries", __name__, url_prefix="/trace")

LOT_SQL = "SELECT lot_code, product, packed_on, best_before FROM packed_lots WHERE lot_code = ?"
INPUTS_SQL = (
    "SELECT d.drum_tag, d.supplier_code, d.harvest_region, b.kg_used FROM blend_inputs b "
    "JOIN drums d ON d.drum_tag = b.drum_tag WHERE b.lot_code = ? ORDER BY b.kg_used DESC"
)
LOTS_FOR_DRUM_SQL = "SELECT DISTINCT lot_code FROM blend_inputs WHERE drum_tag = ? ORDER BY lot_code"


def get_db() -> sqlite3.Connection:
    if "trace_db" not in g:
        g.trace_db = sqlite3.connect(current_app.config.get("TRACE_DB_PATH", os.environ.get("TRACE_DB_PATH", "trace.db")))
        g.trace_db.row_factory = sqlite3.Row
    return g.trace_db


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("trace_db", None)
    if db is not None:
        db.close()


@bp.get("/lot")
def trace_lot():
    lot_code = request.args.get("code", "").strip().upper()
    if not lot_code:
        abort(400, "missing lot code")
    db = get_db()
    lot = db.execute(LOT_SQL, (lot_code,)).fetchone()
    if lot is None:
        abort(404)
    inputs = db.execute(INPUTS_SQL, (lot_code,)).fetchall()
    return jsonify(lot=dict(lot), inputs=[dict(r) for r in inputs])


@bp.get("/drum")
def lots_for_drum():
    drum_tag = request.args.get("tag", "").strip()
    if not drum_tag:
        abort(400, "missing drum tag")
    rows = get_db().execute(LOTS_FOR_DRUM_SQL, (drum_tag,)).fetchall()
    return jsonify(drum=drum_tag, lots=[r["lot_code"] for r in rows])
