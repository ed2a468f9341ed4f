"""Ledger view of a yacht-club account for the club treasurer.

Shows charges, payments and the running balance of a club's account between
two dates, as JSON for the treasurer's page.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("club_ledger", __name__, url_prefix="/club")

engine = create_engine(os.environ["CHANDLERY_DATABASE_URL"], pool_pre_ping=True)

LEDGER_SQL = text(
    """
    SELECT posted_on, kind, reference, amount_minor,
           SUM(amount_minor) OVER (ORDER BY posted_on, entry_id) AS balance_minor
    FROM club_ledger_entries
    WHERE club_code = :club_code
      AND posted_on BETWEEN :start AND :end
    ORDER BY posted_on, entry_id
    """
)


def ledger_entries(club_code: str, start: date, end: date) -> list[dict]:
    with engine.connect() as conn:
        result = conn.execute(LEDGER_SQL, {"club_code": club_code, "start": start, "end": end})
        return [
            {
                "posted_on": row.posted_on.isoformat(),
                "kind": row.kind,
                "reference": row.reference,
                "amount": str(Decimal(row.amount_minor) / 100),
                "balance": str(Decimal(row.balance_minor) / 100),
            }
            for row in result
        ]


@bp.get("/<club_code>/ledger")
def club_ledger(club_code: str):
    if club_code not in g.get("treasurer_of", ()):
        abort(403)
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400)
    if end < start:
        abort(400)
    return jsonify(club=club_code, entries=ledger_entries(club_code, start, end))
