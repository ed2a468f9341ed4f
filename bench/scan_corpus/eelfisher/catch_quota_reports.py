"""Quota usage report for the co-operative board.

Shows, per member, how much of the seasonal eel quota has been landed so far.
Board members sort the table in the browser; the sort choice is passed back
to the server so that paging stays consistent.
"""

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, render_template, request

bp = Blueprint("quota_reports", __name__, url_prefix="/board/quota")

PAGE_SIZE = 50


@dataclass
class ReportQuery:
    season: int
    sort: str = "landed_kg"
    direction: str = "desc"
    page: int = 1


def _direction(value: str) -> str:
    return "ASC" if value.lower() == "asc" else "DESC"


def build_sql(q: ReportQuery) -> str:
    order_clause = f"{q.sort} {_direction(q.direction)}"
    return (
        "SELECT m.member_no, m.name, a.quota_kg, COALESCE(SUM(l.net_kg), 0) AS landed_kg, "
        "a.quota_kg - COALESCE(SUM(l.net_kg), 0) AS remaining_kg "
        "FROM quota_allocations a JOIN members m ON m.id = a.member_id "
        "LEFT JOIN landings l ON l.member_id = m.id AND l.season = a.season "
        "WHERE a.season = ? GROUP BY m.member_no, m.name, a.quota_kg "
        "ORDER BY " + order_clause + " LIMIT ? OFFSET ?"
    )


def fetch_report(db_path: str, q: ReportQuery) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        offset = (q.page - 1) * PAGE_SIZE
        return conn.execute(build_sql(q), (q.season, PAGE_SIZE, offset)).fetchall()
    finally:
        conn.close()


@bp.get("/")
def quota_report():
    q = ReportQuery(
        season=request.args.get("season", type=int, default=2024),
        sort=request.args.get("sort", "landed_kg"),
        direction=request.args.get("dir", "desc"),
        page=max(1, request.args.get("page", type=int, default=1)),
    )
    rows = fetch_report(current_app.config["QUOTA_DB"], q)
    return render_template("board/quota_report.html", rows=rows, query=q)
