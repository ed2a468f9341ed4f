"""Monthly driver leaderboard for employer partner dashboards."""

from __future__ import annotations

from datetime import date

import psycopg
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from psycopg.rows import dict_row

from carpool.config import settings

bp = Blueprint("leaderboard", __name__, url_prefix="/employer")

SORT_COLUMNS = {
    "trips": "trips",
    "riders": "riders_carried",
    "km": "km_shared",
    "rating": "avg_rating",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def leaderboard(employer_id: int, month_start: date, sort: str, direction: str, limit: int) -> list[dict]:
    order_col = SORT_COLUMNS.get(sort, "trips")
    order_dir = DIRECTIONS.get(direction, "DESC")
    query = f"""
        SELECT d.id AS driver_id, d.display_name,
               count(DISTINCT t.id) AS trips,
               count(b.id) AS riders_carried,
               round(sum(t.distance_km)::numeric, 1) AS km_shared,
               round(avg(r.stars)::numeric, 2) AS avg_rating
        FROM drivers d
        JOIN employees e ON e.user_id = d.user_id
        JOIN trips t ON t.driver_id = d.id
        LEFT JOIN bookings b ON b.trip_id = t.id
        LEFT JOIN ride_ratings r ON r.booking_id = b.id
        WHERE e.employer_id = %(employer_id)s
          AND t.departed_at >= %(start)s
          AND t.departed_at < (%(start)s::date + interval '1 month')
        GROUP BY d.id, d.display_name
        ORDER BY {order_col} {order_dir} NULLS LAST
        LIMIT %(limit)s
    """
    params = {"employer_id": employer_id, "start": month_start, "limit": limit}
    with psycopg.connect(settings.database_dsn, row_factory=dict_row) as conn:
        return conn.execute(query, params).fetchall()


@bp.get("/leaderboard")
@login_required
def leaderboard_view():
    if current_user.employer_id is None:
        abort(403)
    try:
        month_start = date.fromisoformat(request.args.get("month", "") + "-01")
    except ValueError:
        abort(400)
    rows = leaderboard(
        current_user.employer_id,
        month_start,
        sort=request.args.get("sort", "trips"),
        direction=request.args.get("dir", "desc"),
        limit=min(request.args.get("limit", 20, type=int), 100),
    )
    return jsonify(rows)
