"""Weekly sales report endpoint for district sales managers.

Managers pull per-retailer sales and commission figures, sorted the way
their spreadsheet expects.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Mapping

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class ReportSpec:
    district: str
    week_start: str
    order_by: str
    limit: int


def spec_from_args(args: Mapping[str, str]) -> ReportSpec:
    return ReportSpec(
        district=args.get("district", ""),
        week_start=args["week"],
        order_by=args.get("sort", "total_sales DESC"),
        limit=min(int(args.get("limit", "100")), 500),
    )


class SalesReportQuery:
    select = (
        "SELECT r.retailer_id, r.trading_name, SUM(s.amount_cents) AS total_sales, "
        "SUM(s.commission_cents) AS commission FROM sales s "
        "JOIN retailers r ON r.retailer_id = s.retailer_id "
        "WHERE r.district = %(district)s AND s.sold_on >= %(week)s::date "
        "AND s.sold_on < %(week)s::date + 7 GROUP BY r.retailer_id, r.trading_name"
    )

    def sql(self, spec: ReportSpec) -> str:
        return self.select + " ORDER BY " + spec.order_by + " LIMIT %(limit)s"

    def params(self, spec: ReportSpec) -> dict[str, Any]:
        return {"district": spec.district, "week": spec.week_start, "limit": spec.limit}


def run_report(spec: ReportSpec) -> list[dict[str, Any]]:
    query = SalesReportQuery()
    with psycopg2.connect(os.environ["SALES_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(query.sql(spec), query.params(spec))
        columns = [col.name for col in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]


@app.get("/reports/weekly-sales")
def weekly_sales() -> Any:
    return jsonify(run_report(spec_from_args(request.args)))
