"""Builds the weekly weight report for the mews team.

Managers choose how to sort the table and which group of birds to include
from dropdowns on the reports page.
"""
from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, abort, render_template, request
from flask_login import login_required

from .db import get_connection

bp = Blueprint("weight_reports", __name__, url_prefix="/reports")

SORT_COLUMNS = {
    "name": "b.name",
    "species": "b.species",
    "latest": "latest_g",
    "change": "change_g",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort: str, direction: str) -> str:
    order_col = SORT_COLUMNS[sort]
    order_dir = DIRECTIONS[direction]
    return (
        "SELECT b.name, b.species, b.flying_weight_g,"
        " MAX(w.grams) FILTER (WHERE w.weighed_at::date = %(end)s) AS latest_g,"
        " MAX(w.grams) FILTER (WHERE w.weighed_at::date = %(end)s)"
        "   - MAX(w.grams) FILTER (WHERE w.weighed_at::date = %(start)s) AS change_g"
        " FROM birds b JOIN weight_log w ON w.bird_id = b.id"
        " WHERE b.bird_group = %(group)s AND w.weighed_at::date BETWEEN %(start)s AND %(end)s"
        " GROUP BY b.id, b.name, b.species, b.flying_weight_g"
        f" ORDER BY {order_col} {order_dir} NULLS LAST"
    )


@bp.get("/weights")
@login_required
def weekly_weights():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "asc")
    group = request.args.get("group", "display-team")
    if sort not in SORT_COLUMNS or direction not in DIRECTIONS:
        abort(400)

    end = date.today()
    start = end - timedelta(days=7)
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(build_query(sort, direction),
                    {"group": group, "start": start, "end": end})
        rows = cur.fetchall()

    return render_template("reports/weights.html", rows=rows, sort=sort,
                           direction=direction, group=group, start=start, end=end)
