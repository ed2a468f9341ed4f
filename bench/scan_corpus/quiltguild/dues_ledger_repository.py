"""Read access to the membership dues ledger for the treasurer's dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import psycopg
from flask import Blueprint, abort, jsonify, request, session
from psycopg.rows import dict_row

bp = Blueprint("dues_ledger", __name__)


@dataclass
class LedgerEntry:
    member_id: int
    member_name: str
    period: str
    amount: Decimal
    paid_on: str | None


class DuesLedgerQuery:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._sort = "paid_on"
        self._descending = True
        self._period: str | None = None

    def for_period(self, period: str | None) -> "DuesLedgerQuery":
        self._period = period
        return self

    def sorted_by(self, column: str, descending: bool = True) -> "DuesLedgerQuery":
        self._sort = column
        self._descending = descending
        return self

    def fetch(self, limit: int = 200) -> list[LedgerEntry]:
        direction = "DESC" if self._descending else "ASC"
        query = (
            "SELECT d.member_id, m.display_name AS member_name, d.period, d.amount, d.paid_on "
            "FROM dues_payments d JOIN members m ON m.member_id = d.member_id "
            "WHERE (%(period)s::text IS NULL OR d.period = %(period)s) "
            f"ORDER BY {self._sort} {direction} LIMIT %(limit)s"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            rows = conn.execute(query, {"period": self._period, "limit": limit}).fetchall()
        return [LedgerEntry(**row) for row in rows]


@bp.get("/treasurer/dues")
def dues_ledger():
    if session.get("role") != "treasurer":
        abort(403)
    ledger = (
        DuesLedgerQuery(os.environ["QUILTGUILD_DATABASE_URL"])
        .for_period(request.args.get("period"))
        .sorted_by(request.args.get("sort", "paid_on"), request.args.get("dir") != "asc")
    )
    entries = ledger.fetch()
    return jsonify(
        [
            {
                "member_id": e.member_id,
                "member": e.member_name,
                "period": e.period,
                "amount": str(e.amount),
                "paid_on": e.paid_on,
            }
            for e in entries
        ]
    )
