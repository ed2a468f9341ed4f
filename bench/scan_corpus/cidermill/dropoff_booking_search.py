"""Staff search over apple drop-off bookings."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, g, jsonify, request

from .auth import staff_required

bp = Blueprint("bookings_search", __name__)

PAGE_SIZE = 50


@dataclass
class BookingHit:
    reference: str
    member_name: str
    variety: str
    slot_date: str
    estimated_kg: float


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("file:/var/lib/cidermill/mill.db?mode=rw", uri=True)
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.get("/staff/bookings/search")
@staff_required
def search_bookings():
    variety = request.args.get("variety", "").strip()
    slot_date = request.args.get("date", "").strip()
    page = max(int(request.args.get("page", 1)), 1)
    sql = (
        "SELECT b.reference, m.name AS member_name, b.variety, b.slot_date, b.estimated_kg "
        "FROM dropoff_bookings b JOIN members m ON m.id = b.member_id "
        f"WHERE b.variety LIKE '%{variety}%'"
    )
    params: list[object] = []
    if slot_date:
        sql += " AND b.slot_date = ?"
        params.append(slot_date)
    sql += " ORDER BY b.slot_date, b.reference LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    rows = _db().execute(sql, params).fetchall()
    hits = [
        BookingHit(
            reference=r["reference"],
            member_name=r["member_name"],
            variety=r["variety"],
            slot_date=r["slot_date"],
            estimated_kg=r["estimated_kg"],
        )
        for r in rows
    ]
    return jsonify([h.__dict__ for h in hits])
