"""Ledger of parts orders placed with suppliers, used by accounts staff."""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("parts_ledger", __name__, url_prefix="/parts/ledger")
engine = create_engine(os.environ["CLOCKTOWER_DATABASE_URL"], pool_pre_ping=True)

LEDGER_SQL = text(
    "SELECT o.id, o.ordered_on, o.part_number, o.quantity, o.unit_price, "
    "s.name AS supplier, c.name AS clock "
    "FROM parts_orders o JOIN suppliers s ON s.id = o.supplier_id "
    "JOIN clocks c ON c.id = o.clock_id "
    "WHERE s.code = :supplier AND o.ordered_on BETWEEN :start AND :end "
    "ORDER BY o.ordered_on, o.id"
)


def _parse_date(value: str | None, field: str) -> date:
    if not value:
        abort(400, description=f"{field} is required")
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400, description=f"{field} must be YYYY-MM-DD")


@bp.get("/")
def ledger():
    supplier = request.args.get("supplier", "").strip()
    if not supplier:
        abort(400, description="supplier is required")
    start = _parse_date(request.args.get("start"), "start")
    end = _parse_date(request.args.get("end"), "end")
    with engine.connect() as conn:
        rows = conn.execute(LEDGER_SQL, {"supplier": supplier, "start": start, "end": end}).mappings().all()
    total = sum((Decimal(r["unit_price"]) * r["quantity"] for r in rows), Decimal("0"))
    return jsonify(
        {
            "supplier": supplier,
            "orders": [
                {**dict(r), "ordered_on": r["ordered_on"].isoformat(), "unit_price": str(r["unit_price"])}
                for r in rows
            ],
            "total": str(total),
        }
    )
