"""Staff lookup of apple drop-off bookings by variety, date and member name."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

from .auth import staff_required

bp = Blueprint("bookings_lookup", __name__)

PAGE_SIZE = 50


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["MILL_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@bp.get("/staff/bookings/lookup")
@staff_required
def lookup():
    clauses: list[str] = []
    params: list[object] = []
    if variety := request.args.get("variety", "").strip():
        clauses.append("b.variety LIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(variety)}%")
    if slot_date := request.args.get("date", "").strip():
        clauses.append("b.slot_date = ?")
        params.append(slot_date)
    if member := request.args.get("member", "").strip():
        clauses.append("m.name LIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(member)}%")
    where = " AND ".join(clauses) or "1 = 1"
    page = max(request.args.get("page", 1, type=int), 1)
    sql = (
        "SELECT b.reference, m.name AS member_name, b.variety, b.slot_date, b.estimated_kg "
        "FROM dropoff_bookings b JOIN members m ON m.id = b.member_id "
        f"WHERE {where} ORDER BY b.slot_date, b.reference LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    rows = _db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
