"""Report of clinician credentials (DBS, right-to-work, BLS, indemnity) nearing expiry.

The compliance team sorts and filters the grid in the back office; the sort
key arrives from the browser and is mapped onto a fixed set of columns.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import psycopg
from flask import Flask, jsonify, request
from psycopg.rows import dict_row

app = Flask(__name__)

SORT_COLUMNS = {
    "expiry": "cr.expires_on",
    "name": "c.full_name",
    "type": "cr.credential_type",
    "grade": "c.grade",
}
CREDENTIAL_TYPES = {"dbs", "right_to_work", "bls", "indemnity", "occupational_health"}


def build_query(sort_key: str, descending: bool, with_type: bool) -> str:
    order_column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["expiry"])
    direction = "DESC" if descending else "ASC"
    type_clause = "AND cr.credential_type = %(ctype)s" if with_type else ""
    return f"""
        SELECT c.id, c.full_name, c.grade, cr.credential_type, cr.expires_on
        FROM credentials cr
        JOIN clinicians c ON c.id = cr.clinician_id
        WHERE c.active AND cr.expires_on <= %(horizon)s {type_clause}
        ORDER BY {order_column} {direction}, c.id
        LIMIT %(limit)s
    """


@app.get("/compliance/credentials/expiring")
def expiring_credentials():
    days = min(int(request.args.get("days", 30)), 365)
    ctype = request.args.get("type")
    if ctype is not None and ctype not in CREDENTIAL_TYPES:
        return jsonify({"error": "unknown credential type"}), 400

    sql = build_query(
        request.args.get("sort", "expiry"),
        request.args.get("order", "asc").lower() == "desc",
        ctype is not None,
    )
    params = {"horizon": date.today() + timedelta(days=days), "ctype": ctype, "limit": 500}
    with psycopg.connect(os.environ["COMPLIANCE_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        row["expires_on"] = row["expires_on"].isoformat()
    return jsonify(rows)
