"""Judges' report of exhibition entries, sortable by several columns."""

from __future__ import annotations

import csv
import io
import sqlite3

from flask import Blueprint, Response, current_app, request

bp = Blueprint("exhibition_reports", __name__, url_prefix="/exhibitions")

SORT_COLUMNS = {
    "entry": "e.entry_no",
    "maker": "m.surname",
    "category": "e.category",
    "score": "e.judge_score",
    "submitted": "e.submitted_at",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["entry"])
    return f"ORDER BY {column} {DIRECTIONS.get(direction, 'ASC')}, e.entry_no ASC"


def fetch_entries(conn: sqlite3.Connection, exhibition_id: int, category: str | None,
                  sort_key: str, direction: str) -> list[tuple]:
    sql = (
        "SELECT e.entry_no, m.first_name || ' ' || m.surname, e.category, e.title, e.judge_score "
        "FROM exhibition_entries e JOIN members m ON m.id = e.member_id "
        "WHERE e.exhibition_id = ?"
    )
    params: list = [exhibition_id]
    if category:
        sql += " AND e.category = ?"
        params.append(category)
    sql += " " + _order_clause(sort_key, direction)
    return conn.execute(sql, params).fetchall()


@bp.get("/<int:exhibition_id>/report.csv")
def entries_report(exhibition_id: int) -> Response:
    conn = sqlite3.connect(current_app.config["EXHIBITION_DB"])
    try:
        rows = fetch_entries(
            conn,
            exhibition_id,
            request.args.get("category"),
            request.args.get("sort", "entry"),
            request.args.get("dir", "asc"),
        )
    finally:
        conn.close()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Entry", "Maker", "Category", "Title", "Score"])
    writer.writerows(rows)
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=exhibition-{exhibition_id}.csv"},
    )
