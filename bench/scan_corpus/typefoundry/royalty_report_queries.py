"""Royalty statement queries for the designer portal and finance exports."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import List

import psycopg
from psycopg.rows import dict_row


@dataclass
class RoyaltyLine:
    family: str
    licence_type: str
    units: int
    gross: Decimal
    royalty: Decimal


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["FOUNDRY_DATABASE_URL"], row_factory=dict_row)


class RoyaltyReport:
    """Aggregates sales per family for one designer and one quarter."""

    BASE_QUERY = """
        SELECT f.name AS family,
               s.licence_type,
               SUM(s.units) AS units,
               SUM(s.net_amount) AS gross,
               SUM(s.net_amount * d.royalty_rate) AS royalty
          FROM sales s
          JOIN families f ON f.id = s.family_id
          JOIN designers d ON d.id = f.designer_id
    """

    def __init__(self, conn: psycopg.Connection | None = None) -> None:
        self.conn = conn or _connect()

    @staticmethod
    def _where_clause(designer_slug: str, start: date, end: date) -> str:
        return (
            f" WHERE d.slug = '{designer_slug}'"
            f" AND s.sold_at >= '{start.isoformat()}' AND s.sold_at < '{end.isoformat()}'"
        )

    def lines(self, designer_slug: str, start: date, end: date) -> List[RoyaltyLine]:
        sql = (
            self.BASE_QUERY
            + self._where_clause(designer_slug, start, end)
            + " GROUP BY f.name, s.licence_type ORDER BY f.name, s.licence_type"
        )
        with self.conn.cursor() as cur:
            cur.execute(sql)
            rows = cur.fetchall()
        return [
            RoyaltyLine(
                family=row["family"],
                licence_type=row["licence_type"],
                units=int(row["units"]),
                gross=Decimal(row["gross"]),
                royalty=Decimal(row["royalty"]).quantize(Decimal("0.01")),
            )
            for row in rows
        ]

    def total(self, designer_slug: str, start: date, end: date) -> Decimal:
        return sum((line.royalty for line in self.lines(designer_slug, start, end)), Decimal("0"))


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    if quarter not in (1, 2, 3, 4):
        raise ValueError("quarter must be 1-4")
    start = date(year, 3 * (quarter - 1) + 1, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, end


def statement_for(designer_slug: str, year: int, quarter: int) -> dict:
    start, end = quarter_bounds(year, quarter)
    report = RoyaltyReport()
    lines = report.lines(designer_slug, start, end)
    return {
        "designer": designer_slug,
        "period": f"{year}-Q{quarter}",
        "lines": [line.__dict__ for line in lines],
        "total": str(sum((l.royalty for l in lines), Decimal("0"))),
    }
