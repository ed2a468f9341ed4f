"""Monthly statement for a wholesale account.

Sales reps open this in the back office to see what an account ordered in
a given month, broken down by flavor and package (keg, case, can).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("statement_report", __name__, url_prefix="/reports")
engine = create_engine(os.environ["BACKOFFICE_DATABASE_URL"])

STATEMENT_SQL = text(
    "SELECT p.flavor, p.package, SUM(l.quantity) AS units, SUM(l.line_total) AS revenue"
    " FROM invoice_lines l JOIN products p ON p.sku = l.sku"
    " JOIN invoices i ON i.id = l.invoice_id"
    " WHERE i.account_code = :account_code"
    " AND i.issued_on >= :start AND i.issued_on < :end"
    " GROUP BY p.flavor, p.package ORDER BY revenue DESC"
)


@dataclass
class StatementLine:
    flavor: str
    package: str
    units: int
    revenue: Decimal


class StatementQuery:
    def __init__(self, account_code: str, month: date):
        self.account_code = account_code
        self.month = month

    @classmethod
    def from_args(cls, args) -> "StatementQuery":
        try:
            month = date.fromisoformat(args.get("month", "") + "-01")
        except ValueError:
            abort(400)
        return cls(args.get("account", ""), month)

    @property
    def params(self) -> dict:
        start = self.month
        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return {"account_code": self.account_code, "start": start, "end": end}

    def run(self) -> list[StatementLine]:
        with engine.connect() as conn:
            rows = conn.execute(STATEMENT_SQL, self.params).all()
        return [StatementLine(*r) for r in rows]


@bp.get("/statements")
@login_required
def statement():
    query = StatementQuery.from_args(request.args)
    lines = query.run()
    return jsonify(
        account=query.account_code,
        month=query.month.strftime("%Y-%m"),
        lines=[
            {"flavor": l.flavor, "package": l.package, "units": int(l.units),
             "revenue": str(l.revenue)}
            for l in lines
        ],
    )
