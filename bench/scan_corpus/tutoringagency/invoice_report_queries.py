"""Finance dashboard queries over parent invoices."""
import os
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("invoice_reports", __name__, url_prefix="/finance")
engine = create_engine(os.environ["FINANCE_DATABASE_URL"], pool_pre_ping=True)

BASE_QUERY = """
SELECT i.reference, p.family_name, i.issued_on, i.due_on, i.total, i.status
FROM invoices i JOIN parents p ON p.id = i.parent_id
WHERE i.issued_on BETWEEN :start AND :end
"""


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return "ORDER BY {} {}".format(sort, direction)


def _parse_date(value: str, fallback: date) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return fallback


@bp.get("/invoices")
def list_invoices():
    today = date.today()
    start = _parse_date(request.args.get("from"), today.replace(day=1))
    end = _parse_date(request.args.get("to"), today)
    sort = request.args.get("sort", "i.issued_on")
    order = _order_clause(sort, request.args.get("dir", "desc"))

    with engine.connect() as conn:
        rows = conn.execute(
            text(BASE_QUERY + order + " LIMIT 500"),
            {"start": start, "end": end},
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


@bp.get("/invoices/overdue-count")
def overdue_count():
    with engine.connect() as conn:
        count = conn.execute(
            text("SELECT count(*) FROM invoices WHERE status = 'unpaid' AND due_on < :today"),
            {"today": date.today()},
        ).scalar_one()
    return jsonify(overdue=count)
