"""Proof-of-play report query for the advertiser dashboard.

Advertisers can group plays by site, creative or day and sort the table by
any of the displayed columns.
"""
from __future__ import annotations

from datetime import date

import psycopg
from flask import Flask, abort, current_app, jsonify, request

app = Flask(__name__)

GROUP_COLUMNS = {
    "site": "s.site_code",
    "creative": "p.creative_id",
    "day": "date_trunc('day', p.started_at)",
}
SORT_COLUMNS = {"key": "1", "plays": "2", "seconds": "3"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(group_by: str, sort: str, direction: str) -> str:
    group_expr = GROUP_COLUMNS[group_by]
    sort_expr = SORT_COLUMNS[sort]
    direction_sql = DIRECTIONS[direction]
    return (
        f"SELECT {group_expr} AS key, count(*) AS plays, sum(p.duration_ms) / 1000 AS seconds "
        "FROM plays p JOIN sites s ON s.id = p.site_id "
        "JOIN bookings b ON b.id = p.booking_id "
        "WHERE b.campaign_id = %(campaign_id)s AND p.started_at >= %(start)s "
        "AND p.started_at < %(end)s "
        f"GROUP BY 1 ORDER BY {sort_expr} {direction_sql} LIMIT 1000"
    )


@app.get("/campaigns/<int:campaign_id>/pop")
def pop_report(campaign_id: int):
    args = request.args
    group_by = args.get("group", "site")
    sort = args.get("sort", "plays")
    direction = args.get("dir", "desc")
    if group_by not in GROUP_COLUMNS or sort not in SORT_COLUMNS or direction not in DIRECTIONS:
        abort(400)
    try:
        start = date.fromisoformat(args["start"])
        end = date.fromisoformat(args["end"])
    except (KeyError, ValueError):
        abort(400)
    sql = build_query(group_by, sort, direction)
    with psycopg.connect(current_app.config["POP_DSN"]) as conn:
        rows = conn.execute(
            sql, {"campaign_id": campaign_id, "start": start, "end": end}
        ).fetchall()
    return jsonify([{"key": str(r[0]), "plays": r[1], "seconds": float(r[2])} for r in rows])
