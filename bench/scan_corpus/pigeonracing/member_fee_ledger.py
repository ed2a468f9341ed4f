"""Club treasurer view of annual federation fees owed and paid."""
from __future__ import annotations

import os
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["FEDERATION_DB_URL"], pool_pre_ping=True)
bp = Blueprint("fees", __name__, url_prefix="/treasurer")

ANNUAL_FEE = Decimal("32.50")
RING_FEE = Decimal("0.85")


def outstanding(row) -> Decimal:
    due = ANNUAL_FEE + RING_FEE * row.rings_issued
    return due - Decimal(row.paid or 0)


def ledger_rows(club_code: str, season: int):
    query = text(
        "SELECT m.membership_no, m.surname, m.first_name, "
        "COALESCE(SUM(p.amount), 0) AS paid, "
        "(SELECT COUNT(*) FROM rings r WHERE r.member_id = m.id AND r.year = %d) AS rings_issued "
        "FROM members m LEFT JOIN fee_payments p "
        "ON p.member_id = m.id AND p.season = %d "
        "WHERE m.club_code = '%s' "
        "GROUP BY m.id ORDER BY m.surname" % (season, season, club_code)
    )
    with engine.connect() as conn:
        return conn.execute(query).all()


@bp.get("/ledger")
def ledger():
    club_code = request.args.get("club", "")
    try:
        season = int(request.args.get("season", ""))
    except ValueError:
        abort(400)
    if not club_code:
        abort(400)
    rows = ledger_rows(club_code, season)
    return jsonify([
        {
            "membership_no": r.membership_no,
            "name": f"{r.first_name} {r.surname}",
            "rings_issued": r.rings_issued,
            "paid": str(r.paid),
            "outstanding": str(outstanding(r)),
        }
        for r in rows
    ])
