"""Finance dashboard: sortable list of parent invoices."""
import os
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("invoice_listing", __name__, url_prefix="/finance")
engine = create_engine(os.environ["FINANCE_DATABASE_URL"], pool_pre_ping=True)

SORTABLE_COLUMNS = {
    "issued": "i.issued_on",
    "due": "i.due_on",
    "total": "i.total",
    "family": "p.family_name",
    "status": "i.status",
}

BASE_QUERY = """
SELECT i.reference, p.family_name, i.issued_on, i.due_on, i.total, i.status
FROM invoices i JOIN parents p ON p.id = i.parent_id
WHERE i.issued_on BETWEEN :start AND :end
"""


def _parse_date(value, fallback: date) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return fallback


@bp.get("/invoice-list")
def invoice_list():
    today = date.today()
    start = _parse_date(request.args.get("from"), today.replace(day=1))
    end = _parse_date(request.args.get("to"), today)
    column = SORTABLE_COLUMNS.get(request.args.get("sort", "issued"), "i.issued_on")
    direction = "DESC" if request.args.get("dir", "desc").lower() == "desc" else "ASC"
    sql = f"{BASE_QUERY} ORDER BY {column} {direction} LIMIT :limit"

    with engine.connect() as conn:
        rows = conn.execute(
            text(sql),
            {"start": start, "end": end, "limit": min(int(request.args.get("limit", 200)), 500)},
        ).all()
    return jsonify(
        [
            {
                "reference": r.reference,
                "family": r.family_name,
                "issued_on": r.issued_on.isoformat(),
                "due_on": r.due_on.isoformat(),
                "total": str(r.total),
                "status": r.status,
            }
            for r in rows
        ]
    )
