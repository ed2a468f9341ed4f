"""Office search screen: find bookings by postcode and visit date."""

import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("booking_search", __name__, url_prefix="/office/bookings")

MAX_RESULTS = 200


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BOOKINGS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _parse_day(raw: str):
    try:
        return date.fromisoformat(raw).isoformat()
    except (TypeError, ValueError):
        return None


@bp.get("/search")
@login_required
def search_bookings():
    postcode = request.args.get("postcode", "").strip().upper()
    day = _parse_day(request.args.get("day"))

    sql = (
        "SELECT b.id, b.visit_date, b.slot, c.full_name, c.postcode, b.status "
        "FROM bookings b JOIN customers c ON c.id = b.customer_id "
    )
    sql += f"WHERE c.postcode LIKE '{postcode}%'"
    params = []
    if day:
        sql += " AND b.visit_date = ?"
        params.append(day)
    sql += " ORDER BY b.visit_date, b.slot LIMIT ?"
    params.append(MAX_RESULTS)

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(
        [
            {
                "booking_id": r["id"],
                "visit_date": r["visit_date"],
                "slot": r["slot"],
                "customer": r["full_name"],
                "postcode": r["postcode"],
                "status": r["status"],
            }
            for r in rows
        ]
    )
