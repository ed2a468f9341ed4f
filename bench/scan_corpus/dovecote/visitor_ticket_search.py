"""Box-office search for visitor bookings.

Front-of-house staff look up bookings by the lead visitor's surname or
email when someone arrives without their e-ticket.
"""
import os
import sqlite3
from datetime import date

from flask import Blueprint, g, jsonify, request
from flask_login import login_required

bp = Blueprint("boxoffice_search", __name__, url_prefix="/boxoffice")

TICKETS_DB = os.environ.get("TICKETS_DB", "/var/lib/estate/tickets.sqlite3")
PAGE_SIZE = 25


def db() -> sqlite3.Connection:
    if "tickets_db" not in g:
        g.tickets_db = sqlite3.connect(TICKETS_DB)
        g.tickets_db.row_factory = sqlite3.Row
    return g.tickets_db


def find_bookings(term: str, visit_day: date, page: int = 0):
    sql = (
        "SELECT reference, lead_name, email, adults, children, slot "
        "FROM bookings "
        f"WHERE date(slot) = ? AND (lead_name LIKE '%{term}%' OR email LIKE '%{term}%') "
        "ORDER BY slot LIMIT ? OFFSET ?"
    )
    return db().execute(sql, (visit_day.isoformat(), PAGE_SIZE, page * PAGE_SIZE)).fetchall()


@bp.get("/search")
@login_required
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], message="Enter at least two characters"), 400
    day = request.args.get("day")
    visit_day = date.fromisoformat(day) if day else date.today()
    page = max(int(request.args.get("page", 0)), 0)
    rows = find_bookings(term, visit_day, page)
    return jsonify(
        results=[
            {
                "reference": r["reference"],
                "lead_name": r["lead_name"],
                "email": r["email"],
                "party": r["adults"] + r["children"],
                "slot": r["slot"],
            }
            for r in rows
        ],
        page=page,
    )
