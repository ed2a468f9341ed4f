"""Upload endpoint for the rugged tablets used in the osier beds at harvest.

Cutters record, per bed and variety, how many bundles of each length grade
came off that day. Each tablet has its own device token issued from the
office when it is enrolled.
"""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("OSIERBEDS")

LENGTH_GRADES = ("3ft", "4ft", "5ft", "6ft", "7ft", "8ft+")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["HARVEST_DB"])
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def _token_matches(supplied: str, expected: str) -> bool:
    return supplied == expected


def _authenticate_device() -> str:
    device_id = request.headers.get("X-Device-Id", "")
    supplied = request.headers.get("X-Device-Token", "")
    row = get_db().execute(
        "SELECT token FROM field_devices WHERE device_id = ? AND retired = 0", (device_id,)
    ).fetchone()
    if row is None or not _token_matches(supplied, row[0]):
        abort(401)
    return device_id


@app.post("/harvest/records")
def upload_records():
    device_id = _authenticate_device()
    records = request.get_json(silent=True)
    if not isinstance(records, list):
        abort(400)
    rows = []
    for rec in records:
        grade = rec.get("grade")
        if grade not in LENGTH_GRADES:
            abort(400)
        rows.append(
            (
                rec["bed_code"],
                rec["variety"],
                grade,
                int(rec["bundles"]),
                date.fromisoformat(rec["cut_on"]).isoformat(),
                device_id,
            )
        )
    db = get_db()
    db.executemany(
        "INSERT INTO harvest_records (bed_code, variety, grade, bundles, cut_on, device_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.commit()
    return jsonify({"stored": len(rows)})
