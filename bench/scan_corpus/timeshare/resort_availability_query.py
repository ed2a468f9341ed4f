"""Availability search for rental and bonus weeks across the resort portfolio."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = os.environ.get("AVAILABILITY_DB", "availability.sqlite3")


@dataclass
class AvailableWeek:
    resort_code: str
    unit_id: str
    check_in: str
    bedrooms: int
    nightly_rate: float


def search_availability(conn: sqlite3.Connection, resort_code: str, start: date,
                        end: date, min_bedrooms: int | None = None,
                        max_rate: float | None = None) -> list[AvailableWeek]:
    clauses = ["resort_code = ?", "check_in BETWEEN ? AND ?", "status = 'open'"]
    params: list[object] = [resort_code, start.isoformat(), end.isoformat()]
    if min_bedrooms is not None:
        clauses.append("bedrooms >= ?")
        params.append(min_bedrooms)
    if max_rate is not None:
        clauses.append("nightly_rate <= ?")
        params.append(max_rate)
    sql = (
        "SELECT resort_code, unit_id, check_in, bedrooms, nightly_rate "
        "FROM available_weeks WHERE " + " AND ".join(clauses) + " ORDER BY check_in"
    )
    rows = conn.execute(sql, params).fetchall()
    return [AvailableWeek(*row) for row in rows]


@app.get("/availability/<resort_code>")
def availability(resort_code: str):
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        return jsonify(error="from and to must be ISO dates"), 400
    min_bedrooms = request.args.get("bedrooms", type=int)
    max_rate = request.args.get("max_rate", type=float)
    with sqlite3.connect(DB_PATH) as conn:
        weeks = search_availability(conn, resort_code.upper(), start, end,
                                    min_bedrooms, max_rate)
    return jsonify([w.__dict__ for w in weeks])
