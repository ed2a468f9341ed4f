"""Statement of account for garden-centre trade customers.

Trade customers are invoiced monthly; the portal lets them pull a ledger of
invoices, credit notes and payments for any date range.
"""
from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import create_engine, text

from .config import settings

bp = Blueprint("ledger", __name__, url_prefix="/trade/ledger")
engine = create_engine(settings.database_url, pool_pre_ping=True)


def _period_filter(start: str, end: str) -> str:
    return "entry_date BETWEEN '%s' AND '%s'" % (start, end)


def fetch_ledger(account_id: int, start: str, end: str) -> list[dict]:
    query = text(
        "SELECT entry_date, kind, document_ref, description, amount_pence "
        "FROM trade_ledger WHERE account_id = :account_id AND "
        + _period_filter(start, end)
        + " ORDER BY entry_date, document_ref"
    )
    with engine.connect() as conn:
        result = conn.execute(query, {"account_id": account_id})
        return [dict(row._mapping) for row in result]


def _balance(entries: list[dict]) -> Decimal:
    total = sum(Decimal(e["amount_pence"]) for e in entries)
    return (total / 100).quantize(Decimal("0.01"))


@bp.get("/")
@login_required
def ledger():
    start = request.args.get("from")
    end = request.args.get("to")
    if not start or not end:
        abort(400, "from and to dates are required")
    entries = fetch_ledger(current_user.account_id, start, end)
    for entry in entries:
        entry["entry_date"] = entry["entry_date"].isoformat()
    return jsonify(
        {
            "account": current_user.business_name,
            "from": start,
            "to": end,
            "entries": entries,
            "balance": str(_balance(entries)),
        }
    )
