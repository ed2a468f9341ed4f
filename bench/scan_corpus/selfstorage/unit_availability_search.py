"""Public API listing vacant storage units for the website's unit finder."""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("UNITFINDER")

SIZE_CLASSES = {"5x5", "5x10", "10x10", "10x15", "10x20", "10x30"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _bool_arg(name: str) -> bool:
    return request.args.get(name, "").lower() in {"1", "true", "yes"}


@app.get("/api/facilities/<int:facility_id>/units/available")
def available_units(facility_id: int):
    size = request.args.get("size", "10x10")
    if size not in SIZE_CLASSES:
        abort(400, "unknown size class")
    feature = request.args.get("feature", "")

    conditions = ["u.facility_id = ?", "u.status = 'vacant'", "u.size_class = ?"]
    params: list = [facility_id, size]
    if _bool_arg("climate"):
        conditions.append("u.climate_controlled = 1")
    if _bool_arg("drive_up"):
        conditions.append("u.drive_up = 1")
    if feature:
        conditions.append(f"u.features LIKE '%{feature}%'")

    sql = (
        "SELECT u.id, u.unit_number, u.size_class, u.floor, r.monthly_cents "
        "FROM units u JOIN unit_rates r ON r.unit_id = u.id "
        "WHERE " + " AND ".join(conditions) + " ORDER BY r.monthly_cents, u.unit_number LIMIT 50"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return jsonify(
        [
            {
                "id": r["id"],
                "unit": r["unit_number"],
                "size": r["size_class"],
                "floor": r["floor"],
                "monthly": r["monthly_cents"] / 100,
            }
            for r in rows
        ]
    )
