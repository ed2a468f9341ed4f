"""Search endpoint used by booking consultants to find available clinicians.

Consultants filter by specialty and grade and see who holds in-date
credentials for the hospital that raised the shift request.
"""

from __future__ import annotations

import os
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["CLINICIAN_DB"] = os.environ.get("CLINICIAN_DB", "/var/lib/locum/clinicians.db")

GRADES = {"FY2", "CT1", "CT2", "ST3", "SpR", "Consultant", "Band5", "Band6", "Band7"}


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["CLINICIAN_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.get("/consultants/clinicians/search")
def search_clinicians():
    specialty = request.args.get("specialty", "").strip()
    grade = request.args.get("grade", "")
    if grade and grade not in GRADES:
        return jsonify({"error": "unknown grade"}), 400
    if not specialty:
        return jsonify({"error": "specialty is required"}), 400

    sql = (
        "SELECT c.id, c.full_name, c.grade, c.specialty, c.mobile "
        "FROM clinicians c "
        "WHERE c.active = 1 AND c.credentials_valid_until >= date('now') "
        f"AND c.specialty LIKE '%{specialty}%'"
    )
    params: list[str] = []
    if grade:
        sql += " AND c.grade = ?"
        params.append(grade)
    sql += " ORDER BY c.full_name LIMIT 100"

    rows = db().execute(sql, params).fetchall()
    return jsonify(
        [
            {
                "id": r["id"],
                "name": r["full_name"],
                "grade": r["grade"],
                "specialty": r["specialty"],
                "mobile_last4": r["mobile"][-4:] if r["mobile"] else None,
            }
            for r in rows
        ]
    )
