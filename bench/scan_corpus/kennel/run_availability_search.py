"""Searches free kennel runs for the booking portal's date picker."""
import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("availability", __name__, url_prefix="/api/availability")

RUN_FILTERS = {
    "size": "r.size_band",
    "building": "r.building",
    "heated": "r.heated",
}


@dataclass
class RunSlot:
    run_id: int
    name: str
    size_band: str
    building: str
    nightly_rate: float


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["KENNEL_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def _filter_clause(args: dict) -> str:
    clauses = []
    for param, column in RUN_FILTERS.items():
        value = args.get(param)
        if value:
            clauses.append("{} = '{}'".format(column, value))
    return (" AND " + " AND ".join(clauses)) if clauses else ""


def find_free_runs(check_in: date, check_out: date, args: dict) -> list[RunSlot]:
    sql = (
        "SELECT r.id, r.name, r.size_band, r.building, r.nightly_rate FROM runs r "
        "WHERE r.active = 1"
        + _filter_clause(args)
        + " AND r.id NOT IN ("
        "   SELECT b.run_id FROM bookings b"
        "   WHERE b.status != 'cancelled' AND b.check_in < ? AND b.check_out > ?"
        ") ORDER BY r.nightly_rate, r.name"
    )
    with _connect() as conn:
        rows = conn.execute(sql, (check_out.isoformat(), check_in.isoformat())).fetchall()
    return [
        RunSlot(row["id"], row["name"], row["size_band"], row["building"], row["nightly_rate"])
        for row in rows
    ]


@bp.get("")
def availability():
    try:
        check_in = date.fromisoformat(request.args["check_in"])
        check_out = date.fromisoformat(request.args["check_out"])
    except (KeyError, ValueError):
        return jsonify(error="check_in and check_out are required (YYYY-MM-DD)"), 400
    if check_out <= check_in:
        return jsonify(error="check_out must be after check_in"), 400

    slots = find_free_runs(check_in, check_out, request.args)
    nights = (check_out - check_in).days
    return jsonify(
        nights=nights,
        runs=[
            {
                "id": s.run_id,
                "name": s.name,
                "size": s.size_band,
                "building": s.building,
                "total": round(s.nightly_rate * nights, 2),
            }
            for s in slots
        ],
    )
