"""Office calendar: bookings for a technician or postcode area over a date range."""

import sqlite3
from datetime import date, timedelta

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("calendar", __name__, url_prefix="/office/calendar")

MAX_RANGE_DAYS = 31


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BOOKINGS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.get("/")
@login_required
def calendar():
    try:
        start = date.fromisoformat(request.args.get("from", date.today().isoformat()))
    except ValueError:
        return jsonify({"error": "bad 'from' date"}), 400
    end = start + timedelta(days=min(int(request.args.get("days", 7)), MAX_RANGE_DAYS))

    sql = (
        "SELECT b.id, b.visit_date, b.slot, c.full_name, c.postcode, t.full_name AS tech "
        "FROM bookings b JOIN customers c ON c.id = b.customer_id "
        "LEFT JOIN technicians t ON t.id = b.technician_id "
        "WHERE b.visit_date >= ? AND b.visit_date < ?"
    )
    params = [start.isoformat(), end.isoformat()]

    area = request.args.get("area", "").strip().upper()
    if area:
        sql += " AND c.postcode LIKE ? || '%'"
        params.append(area)
    technician = request.args.get("technician")
    if technician:
        sql += " AND b.technician_id = ?"
        params.append(int(technician))
    sql += " ORDER BY b.visit_date, b.slot"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
