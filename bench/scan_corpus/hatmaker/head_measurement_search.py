"""Fitting-room lookup of client head measurements.

Fitters search by surname to pull up circumference, front-to-back and
ear-to-ear measurements plus the head-shape notes taken at the first fitting.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("measurements", __name__, url_prefix="/fitting-room")

MEASUREMENT_COLUMNS = (
    "c.id, c.first_name, c.surname, m.circumference_cm, m.front_to_back_cm,"
    " m.ear_to_ear_cm, m.head_shape, m.taken_on"
)


def get_db() -> sqlite3.Connection:
    if "measurements_db" not in g:
        g.measurements_db = sqlite3.connect(current_app.config["CLIENT_DATABASE"])
        g.measurements_db.row_factory = sqlite3.Row
    return g.measurements_db


def _serialise(row: sqlite3.Row) -> dict:
    return {
        "client_id": row["id"],
        "name": f"{row['first_name']} {row['surname']}",
        "circumference_cm": row["circumference_cm"],
        "front_to_back_cm": row["front_to_back_cm"],
        "ear_to_ear_cm": row["ear_to_ear_cm"],
        "head_shape": row["head_shape"],
        "taken_on": row["taken_on"],
    }


@bp.get("/clients/search")
@login_required
def search_clients():
    surname = request.args.get("surname", "").strip()
    if len(surname) < 2:
        return jsonify(error="Type at least two letters of the surname."), 400

    rows = get_db().execute(
        f"SELECT {MEASUREMENT_COLUMNS} FROM clients c"
        " LEFT JOIN head_measurements m ON m.client_id = c.id AND m.is_current = 1"
        f" WHERE c.surname LIKE '{surname}%' ORDER BY c.surname, c.first_name LIMIT 50"
    ).fetchall()
    return jsonify(results=[_serialise(r) for r in rows])


@bp.get("/clients/<int:client_id>/measurements")
@login_required
def measurement_history(client_id: int):
    rows = get_db().execute(
        f"SELECT {MEASUREMENT_COLUMNS} FROM clients c"
        " JOIN head_measurements m ON m.client_id = c.id"
        " WHERE c.id = ? ORDER BY m.taken_on DESC",
        (client_id,),
    ).fetchall()
    return jsonify(history=[_serialise(r) for r in rows])


@bp.teardown_app_request
def _close(_exc):
    db = g.pop("measurements_db", None)
    if db is not None:
        db.close()
