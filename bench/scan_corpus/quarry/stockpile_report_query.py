"""Stockpile tonnage report for the quarry manager (by product, by stockpile area)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

SUMMARY_TABLES = {
    "daily": "stock_movements_daily",
    "weekly": "stock_movements_weekly",
    "monthly": "stock_movements_monthly",
}

SORT_COLUMNS = {"product": "product_code", "tonnes": "closing_t", "area": "area_code"}


@dataclass
class StockpileFilter:
    granularity: str = "daily"
    area: str | None = None
    product: str | None = None
    period_start: date | None = None
    sort: str = "product"


def build_statement(f: StockpileFilter):
    table = SUMMARY_TABLES[f.granularity]
    order_col = SORT_COLUMNS.get(f.sort, "product_code")
    clauses, params = [], {}
    if f.area:
        clauses.append("area_code = :area")
        params["area"] = f.area
    if f.product:
        clauses.append("product_code = :product")
        params["product"] = f.product
    if f.period_start:
        clauses.append("period_start >= :start")
        params["start"] = f.period_start
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT area_code, product_code, period_start, opening_t, produced_t, sold_t, closing_t FROM {table} {where} ORDER BY {order_col}"
    return text(sql), params


class StockpileReport:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rows(self, f: StockpileFilter) -> list[dict]:
        stmt, params = build_statement(f)
        return [dict(r._mapping) for r in self.conn.execute(stmt, params)]

    def totals_by_product(self, f: StockpileFilter) -> dict[str, float]:
        totals: dict[str, float] = {}
        for row in self.rows(f):
            totals[row["product_code"]] = totals.get(row["product_code"], 0.0) + float(row["closing_t"])
        return totals
