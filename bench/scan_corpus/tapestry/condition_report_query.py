"""Listing endpoint for condition reports with user-selectable sorting."""

from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("condition_reports", __name__, url_prefix="/reports")

SORT_COLUMNS = {
    "examined": "r.examined_on",
    "accession": "o.accession_no",
    "severity": "r.worst_severity",
    "examiner": "r.examiner",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["STUDIO_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def build_listing_sql(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["examined"])
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT o.accession_no, o.title, r.examined_on, r.examiner, r.worst_severity "
        "FROM condition_reports r JOIN objects o ON o.id = r.object_id "
        "WHERE o.client_id = ? AND r.examined_on >= ? "
        f"ORDER BY {column} {order} LIMIT ? OFFSET ?"
    )


@bp.get("/")
def list_reports():
    try:
        client_id = int(request.args["client_id"])
        page = max(1, int(request.args.get("page", "1")))
    except (KeyError, ValueError):
        return jsonify(error="client_id and page must be integers"), 400
    since = request.args.get("since", "1900-01-01")
    per_page = 50

    sql = build_listing_sql(request.args.get("sort", "examined"), request.args.get("dir", "desc"))
    with _connect() as conn:
        rows = conn.execute(sql, (client_id, since, per_page, (page - 1) * per_page)).fetchall()
    return jsonify(
        page=page,
        reports=[
            {
                "accession_no": r["accession_no"],
                "title": r["title"],
                "examined_on": r["examined_on"],
                "examiner": r["examiner"],
                "worst_severity": r["worst_severity"],
            }
            for r in rows
        ],
    )
