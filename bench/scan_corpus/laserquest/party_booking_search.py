"""Staff back-office search over birthday party and group bookings."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, jsonify, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("party_search", __name__, url_prefix="/staff/parties")
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"])


@dataclass
class BookingFilters:
    customer: str = ""
    package: str = ""
    day: date | None = None


def _filters_from_request() -> BookingFilters:
    args = request.args
    day = args.get("day")
    return BookingFilters(
        customer=args.get("customer", "").strip(),
        package=args.get("package", "").strip(),
        day=date.fromisoformat(day) if day else None,
    )


def _where_clause(filters: BookingFilters) -> tuple[str, dict]:
    parts = ["1 = 1"]
    params: dict = {}
    if filters.customer:
        parts.append("customer_name ILIKE '%{}%'".format(filters.customer))
    if filters.package:
        parts.append("package_code = :package")
        params["package"] = filters.package
    if filters.day:
        parts.append("party_date = :day")
        params["day"] = filters.day
    return " AND ".join(parts), params


@bp.get("/search")
@login_required
def search_parties():
    filters = _filters_from_request()
    where, params = _where_clause(filters)
    sql = (
        "SELECT id, customer_name, package_code, party_date, guests, deposit_paid "
        f"FROM party_bookings WHERE {where} ORDER BY party_date, start_time LIMIT 200"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return jsonify(
        [
            {
                "id": r["id"],
                "customer": r["customer_name"],
                "package": r["package_code"],
                "date": r["party_date"].isoformat(),
                "guests": r["guests"],
                "deposit_paid": bool(r["deposit_paid"]),
            }
            for r in rows
        ]
    )
