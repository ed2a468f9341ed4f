"""Forward/backward traceability lookup for packed honey lots.

Given a lot code printed on a jar, show which beekeeper drums were blended
into it and which customers received it.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("trace", __name__, url_prefix="/trace")


def get_db() -> sqlite3.Connection:
    if "trace_db" not in g:
        path = current_app.config.get("TRACE_DB_PATH", os.environ.get("TRACE_DB_PATH", "trace.db"))
        g.trace_db = sqlite3.connect(path)
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
    lot = db.execute(
        f"SELECT lot_code, product, packed_on, best_before FROM packed_lots WHERE lot_code = '{lot_code}'"
    ).fetchone()
    if lot is None:
        abort(404)

    drums = db.execute(
        "SELECT d.drum_tag, d.supplier_code, b.kg_used FROM blend_inputs b "
        "JOIN drums d ON d.drum_tag = b.drum_tag WHERE b.lot_code = ?",
        (lot["lot_code"],),
    ).fetchall()
    shipments = db.execute(
        "SELECT customer_name, shipped_on, cases FROM shipments WHERE lot_code = ? ORDER BY shipped_on",
        (lot["lot_code"],),
    ).fetchall()

    return jsonify(
        lot=dict(lot),
        inputs=[dict(r) for r in drums],
        shipments=[dict(r) for r in shipments],
    )
