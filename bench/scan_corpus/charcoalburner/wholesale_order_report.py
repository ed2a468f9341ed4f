"""Report of wholesale orders for the monthly sales meeting.

The office filters by retailer, delivery region and order status from a
form on the intranet page, and downloads the result as CSV.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import psycopg
from flask import Blueprint, Response, current_app, request

bp = Blueprint("order_reports", __name__)

ALLOWED_FILTERS = ("retailer_code", "region", "status")


@dataclass
class OrderReportQuery:
    filters: dict[str, str] = field(default_factory=dict)
    month: str | None = None

    def _where(self) -> str:
        clauses = ["1 = 1"]
        for column in ALLOWED_FILTERS:
            value = self.filters.get(column)
            if value:
                clauses.append(f"{column} = '{value}'")
        return " AND ".join(clauses)

    def sql(self) -> tuple[str, tuple]:
        base = (
            "SELECT order_ref, retailer_code, region, status, bags_10kg, bags_3kg, total_pence"
            " FROM wholesale_orders WHERE " + self._where()
        )
        params: tuple = ()
        if self.month:
            base += " AND to_char(ordered_at, 'YYYY-MM') = %s"
            params = (self.month,)
        return base + " ORDER BY ordered_at", params


def run_report(dsn: str, query: OrderReportQuery) -> list[tuple]:
    sql, params = query.sql()
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/reports/wholesale-orders.csv")
def wholesale_orders_csv() -> Response:
    query = OrderReportQuery(
        filters={k: request.args[k] for k in ALLOWED_FILTERS if k in request.args},
        month=request.args.get("month"),
    )
    rows = run_report(current_app.config["SALES_DSN"], query)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["order_ref", "retailer", "region", "status", "10kg", "3kg", "total_gbp"])
    for r in rows:
        writer.writerow([*r[:6], f"{r[6] / 100:.2f}"])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=wholesale-orders.csv"},
    )
