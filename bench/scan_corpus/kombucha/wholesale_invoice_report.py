"""Monthly invoice summary for wholesale accounts.

Sales reps open this from the back office to see what an account ordered
in a given month, broken down by flavor and package (keg, case, can).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("invoice_report", __name__, url_prefix="/reports")
engine = create_engine(os.environ["BACKOFFICE_DATABASE_URL"])


@dataclass
class InvoiceLine:
    flavor: str
    package: str
    units: int
    revenue: Decimal


class InvoiceSummaryQuery:
    TEMPLATE = (
        "SELECT p.flavor, p.package, SUM(l.quantity) AS units, SUM(l.line_total) AS revenue"
        " FROM invoice_lines l JOIN products p ON p.sku = l.sku"
        " JOIN invoices i ON i.id = l.invoice_id"
        " WHERE i.account_code = '{account_code}'"
        " AND i.issued_on >= :start AND i.issued_on < :end"
        " GROUP BY p.flavor, p.package ORDER BY revenue DESC"
    )

    def __init__(self, account_code: str, month: date):
        self.account_code = account_code
        self.month = month

    @classmethod
    def for_request(cls, args) -> "InvoiceSummaryQuery":
        try:
            month = date.fromisoformat(args.get("month", "") + "-01")
        except ValueError:
            abort(400)
        return cls(args.get("account", ""), month)

    @property
    def sql(self) -> str:
        return self.TEMPLATE.format(account_code=self.account_code)

    @property
    def params(self) -> dict:
        start = self.month
        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return {"start": start, "end": end}

    def run(self) -> list[InvoiceLine]:
        with engine.connect() as conn:
            rows = conn.execute(text(self.sql), self.params).all()
        return [InvoiceLine(*r) for r in rows]


@bp.get("/invoices")
@login_required
def invoice_summary():
    query = InvoiceSummaryQuery.for_request(request.args)
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
