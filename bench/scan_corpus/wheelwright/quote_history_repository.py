"""Repository for past quotes, used by the estimator when pricing new work.

The estimator looks at what was quoted for similar wheels for the same
customer before, so prices stay consistent between a museum's successive
commissions.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import psycopg
from psycopg.rows import class_row


@dataclass
class PastQuote:
    number: str
    customer_name: str
    wheel_type: str
    diameter_in: Decimal
    total: Decimal
    status: str


class QuoteHistoryRepository:
    BASE = (
        "SELECT number, customer_name, wheel_type, diameter_in, total, status "
        "FROM quotes"
    )

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _customer_clause(customer_name: str) -> str:
        return "customer_name = '" + customer_name + "'"

    def for_customer(self, customer_name: str, limit: int = 20) -> list[PastQuote]:
        query = (
            self.BASE
            + " WHERE "
            + self._customer_clause(customer_name)
            + " ORDER BY issued_on DESC LIMIT %s"
        )
        with self._conn.cursor(row_factory=class_row(PastQuote)) as cur:
            cur.execute(query, (limit,))
            return cur.fetchall()

    def similar(self, wheel_type: str, diameter_in: Decimal, tolerance: Decimal = Decimal("2")):
        with self._conn.cursor(row_factory=class_row(PastQuote)) as cur:
            cur.execute(
                self.BASE + " WHERE wheel_type = %s AND diameter_in BETWEEN %s AND %s "
                "AND status = 'accepted' ORDER BY issued_on DESC LIMIT 50",
                (wheel_type, diameter_in - tolerance, diameter_in + tolerance),
            )
            return cur.fetchall()

    @staticmethod
    def average_total(quotes: Iterable[PastQuote]) -> Decimal | None:
        totals = [q.total for q in quotes]
        if not totals:
            return None
        return (sum(totals) / len(totals)).quantize(Decimal("0.01"))


def estimator_hint(dsn: str, customer_name: str, wheel_type: str, diameter_in: Decimal) -> dict:
    with psycopg.connect(dsn) as conn:
        repo = QuoteHistoryRepository(conn)
        mine = repo.for_customer(customer_name)
        alike = repo.similar(wheel_type, diameter_in)
    return {
        "customer_quotes": len(mine),
        "customer_average": repo.average_total(q for q in mine if q.wheel_type == wheel_type),
        "market_average": repo.average_total(alike),
    }
