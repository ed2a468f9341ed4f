"""Lane availability report for the range committee.

Produces a per-lane utilisation table for a date range. Committee members
can choose how the report is grouped and sorted from the admin page.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

from flask import Blueprint, abort, render_template, request
from flask_login import login_required

from .auth import committee_required
from .db import get_db

bp = Blueprint("lane_reports", __name__, url_prefix="/admin/reports")

GROUP_COLUMNS = {
    "lane": "lane",
    "weekday": "strftime('%w', start_at)",
    "hour": "strftime('%H', start_at)",
}
SORT_COLUMNS = {"bookings": "bookings", "hours": "hours_booked", "key": "group_key"}


@dataclass
class ReportRow:
    group_key: str
    bookings: int
    hours_booked: float


def utilisation(db: sqlite3.Connection, start: date, end: date, group_by: str,
                sort_by: str, lane: Optional[int] = None) -> List[ReportRow]:
    group_expr = GROUP_COLUMNS[group_by]
    sort_expr = SORT_COLUMNS[sort_by]
    params: list = [start.isoformat(), end.isoformat()]
    lane_filter = ""
    if lane is not None:
        lane_filter = "AND lane = ?"
        params.append(lane)
    sql = (
        f"SELECT {group_expr} AS group_key, COUNT(*) AS bookings, "
        "SUM((julianday(end_at) - julianday(start_at)) * 24) AS hours_booked "
        "FROM lane_bookings WHERE cancelled = 0 AND start_at >= ? AND start_at < ? "
        f"{lane_filter} GROUP BY group_key ORDER BY {sort_expr} DESC"
    )
    return [ReportRow(*row) for row in db.execute(sql, params).fetchall()]


@bp.get("/lanes")
@login_required
@committee_required
def lane_report():
    group_by = request.args.get("group", "lane")
    sort_by = request.args.get("sort", "bookings")
    if group_by not in GROUP_COLUMNS or sort_by not in SORT_COLUMNS:
        abort(400, "Unknown grouping or sort order")
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400, "from and to must be ISO dates")
    lane = request.args.get("lane", type=int)
    rows = utilisation(get_db(), start, end, group_by, sort_by, lane)
    return render_template("admin/lane_report.html", rows=rows, group_by=group_by, sort_by=sort_by)
