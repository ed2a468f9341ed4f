"""Back-office report of course capacity and utilisation per time slot."""
from datetime import date

import psycopg
from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("capacity_report", __name__, url_prefix="/reports")

SORT_COLUMNS = {
    "slot": "s.start_at",
    "course": "c.name",
    "booked": "booked",
    "utilisation": "utilisation",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@bp.get("/capacity")
@login_required
def capacity():
    start = date.fromisoformat(request.args.get("from", date.today().isoformat()))
    end = date.fromisoformat(request.args.get("to", start.isoformat()))
    order_col = SORT_COLUMNS.get(request.args.get("sort", "slot"), "s.start_at")
    direction = DIRECTIONS.get(request.args.get("dir", "asc").lower(), "ASC")
    course = request.args.get("course")

    where = ["s.start_at::date BETWEEN %s AND %s"]
    params: list = [start, end]
    if course:
        where.append("c.slug = %s")
        params.append(course)

    query = (
        "SELECT s.start_at, c.name, c.capacity, COALESCE(SUM(b.party_size), 0) AS booked, "
        "ROUND(COALESCE(SUM(b.party_size), 0)::numeric / c.capacity, 2) AS utilisation "
        "FROM sessions s JOIN courses c ON c.id = s.course_id "
        "LEFT JOIN bookings b ON b.session_id = s.id AND b.status = 'confirmed' "
        f"WHERE {' AND '.join(where)} "
        "GROUP BY s.start_at, c.name, c.capacity "
        f"ORDER BY {order_col} {direction}"
    )
    with psycopg.connect(current_app.config["DATABASE_URL"]) as conn:
        rows = conn.execute(query, params).fetchall()
    return jsonify(
        [
            {"slot": r[0].isoformat(), "course": r[1], "capacity": r[2], "booked": r[3], "utilisation": float(r[4])}
            for r in rows
        ]
    )
