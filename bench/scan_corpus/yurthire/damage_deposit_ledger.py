"""Damage deposit ledger listing for the finance team (holds, captures, refunds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("deposit_ledger", __name__, url_prefix="/finance/deposits")

STATUSES = {"held", "captured", "partially_refunded", "refunded", "expired"}


@dataclass
class DepositLedgerQuery:
    status: str | None = None
    min_amount: Decimal | None = None
    _sort: str = "created_at DESC"
    params: dict = field(default_factory=dict)

    def with_sort(self, sort: str | None) -> "DepositLedgerQuery":
        if sort:
            self._sort = sort
        return self

    def build(self):
        clauses = ["1 = 1"]
        if self.status in STATUSES:
            clauses.append("status = :status")
            self.params["status"] = self.status
        if self.min_amount is not None:
            clauses.append("amount >= :min_amount")
            self.params["min_amount"] = self.min_amount
        sql = (
            "SELECT booking_ref, processor_hold_id, amount, captured_amount, status, created_at "
            f"FROM damage_deposits WHERE {' AND '.join(clauses)} ORDER BY {self._sort} LIMIT 500"
        )
        return text(sql), self.params


def _engine():
    engine = current_app.extensions.get("ledger_engine")
    if engine is None:
        engine = create_engine(current_app.config["LEDGER_DATABASE_URL"], pool_pre_ping=True)
        current_app.extensions["ledger_engine"] = engine
    return engine


@bp.get("/")
def list_deposits():
    min_amount = request.args.get("min_amount")
    query = DepositLedgerQuery(
        status=request.args.get("status"),
        min_amount=Decimal(min_amount) if min_amount else None,
    ).with_sort(request.args.get("sort"))
    stmt, params = query.build()
    with _engine().connect() as conn:
        rows = conn.execute(stmt, params).mappings().all()
    return jsonify(
        [
            {
                "booking_ref": r["booking_ref"],
                "hold_id": r["processor_hold_id"],
                "amount": str(r["amount"]),
                "captured": str(r["captured_amount"] or 0),
                "status": r["status"],
                "created_at": r["created_at"].isoformat(),
            }
            for r in rows
        ]
    )
