"""Search endpoint behind the case-processing workbench (triage queue filters)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("case_search", __name__, url_prefix="/api/cases")


@dataclass
class CaseFilter:
    product: str | None = None
    seriousness: str | None = None
    country: str | None = None
    received_from: date | None = None

    @classmethod
    def from_args(cls, args) -> "CaseFilter":
        received = args.get("received_from")
        return cls(
            product=args.get("product"),
            seriousness=args.get("seriousness"),
            country=args.get("country"),
            received_from=date.fromisoformat(received) if received else None,
        )


def _where_clause(flt: CaseFilter) -> str:
    parts = ["c.deleted = false"]
    if flt.product:
        parts.append(f"p.trade_name ILIKE '%{flt.product}%'")
    if flt.seriousness:
        parts.append(f"c.seriousness = '{flt.seriousness}'")
    if flt.country:
        parts.append(f"c.occur_country = '{flt.country.upper()}'")
    if flt.received_from:
        parts.append(f"c.initial_receipt_date >= DATE '{flt.received_from.isoformat()}'")
    return " AND ".join(parts)


def build_query(flt: CaseFilter, limit: int) -> str:
    return (
        "SELECT c.case_number, c.seriousness, c.occur_country, p.trade_name, "
        "c.initial_receipt_date "
        "FROM safety_case c JOIN case_product p ON p.case_id = c.id "
        f"WHERE {_where_clause(flt)} "
        f"ORDER BY c.initial_receipt_date DESC LIMIT {int(limit)}"
    )


@bp.get("/search")
def search_cases():
    flt = CaseFilter.from_args(request.args)
    limit = min(int(request.args.get("limit", 100)), 500)
    engine = create_engine(current_app.config["SAFETY_DB_URL"])
    with engine.connect() as conn:
        rows = conn.execute(text(build_query(flt, limit))).mappings().all()
    return jsonify([dict(r) for r in rows])
