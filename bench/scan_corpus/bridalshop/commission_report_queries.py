"""Monthly commission report for bridal stylists and alteration staff."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass
class ReportFilters:
    month_start: date
    month_end: date
    stylist: str | None = None
    min_sale: Decimal = Decimal("0")


@dataclass
class CommissionLine:
    stylist: str
    gowns_sold: int
    revenue: Decimal
    commission: Decimal


class CommissionSQL:
    base = (
        "SELECT s.display_name, COUNT(o.id), SUM(o.total) "
        "FROM orders o JOIN staff s ON s.id = o.stylist_id "
        "WHERE o.paid_on BETWEEN ? AND ? AND o.total >= ?"
    )
    grouping = " GROUP BY s.display_name ORDER BY SUM(o.total) DESC"

    @staticmethod
    def stylist_clause(filters: ReportFilters) -> str:
        if not filters.stylist:
            return ""
        return f" AND s.display_name = '{filters.stylist}'"

    @classmethod
    def build(cls, filters: ReportFilters) -> str:
        return cls.base + cls.stylist_clause(filters) + cls.grouping


class CommissionReport:
    rate = Decimal("0.06")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def run(self, filters: ReportFilters) -> list[CommissionLine]:
        sql = CommissionSQL.build(filters)
        params = (filters.month_start.isoformat(), filters.month_end.isoformat(), str(filters.min_sale))
        lines = []
        for name, count, revenue in self.conn.execute(sql, params):
            revenue = Decimal(str(revenue or 0))
            lines.append(
                CommissionLine(
                    stylist=name,
                    gowns_sold=count,
                    revenue=revenue,
                    commission=(revenue * self.rate).quantize(Decimal("0.01")),
                )
            )
        return lines


def report_from_request(conn: sqlite3.Connection, args: dict[str, str]) -> list[CommissionLine]:
    filters = ReportFilters(
        month_start=date.fromisoformat(args["from"]),
        month_end=date.fromisoformat(args["to"]),
        stylist=args.get("stylist"),
    )
    return CommissionReport(conn).run(filters)
