"""Website endpoint returning street rates for vacant units matching a search."""
from __future__ import annotations

import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("RATES")

SIZE_CLASSES = {"5x5", "5x10", "10x10", "10x15", "10x20", "10x30"}


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def _close(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def _flag(name: str) -> bool:
    return request.args.get(name, "").lower() in {"1", "true", "yes"}


@app.get("/api/facilities/<int:facility_id>/rates")
def unit_rates(facility_id: int):
    size = request.args.get("size", "10x10")
    if size not in SIZE_CLASSES:
        abort(400, "unknown size class")
    feature = request.args.get("feature", "").strip()

    clauses = ["u.facility_id = ?", "u.status = 'vacant'", "u.size_class = ?"]
    params: list = [facility_id, size]
    if _flag("climate"):
        clauses.append("u.climate_controlled = 1")
    if feature:
        clauses.append("u.features LIKE ? ESCAPE '\\'")
        escaped = feature.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")

    sql = (
        "SELECT u.size_class, MIN(r.monthly_cents) AS from_cents, COUNT(*) AS available "
        "FROM units u JOIN unit_rates r ON r.unit_id = u.id WHERE "
        + " AND ".join(clauses)
        + " GROUP BY u.size_class"
    )
    rows = db().execute(sql, params).fetchall()
    return jsonify(
        [
            {"size": r["size_class"], "from": r["from_cents"] / 100, "available": r["available"]}
            for r in rows
        ]
    )


@app.get("/api/units/<int:unit_id>/rate-history")
def rate_history(unit_id: int):
    rows = db().execute(
        "SELECT effective_on, monthly_cents FROM unit_rate_history WHERE unit_id = ? "
        "ORDER BY effective_on DESC LIMIT 24",
        (unit_id,),
    ).fetchall()
    return jsonify([{"from": r["effective_on"], "monthly": r["monthly_cents"] / 100} for r in rows])
