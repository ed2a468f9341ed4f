"""Queries over the quote archive for the estimator's pricing screen.

Shows what a customer was quoted before and the going rate for similar wheels.
The estimator can pick which numeric column to summarise.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import psycopg
from psycopg import sql
from psycopg.rows import class_row

SUMMARY_COLUMNS = frozenset({"total", "labour_hours", "material_cost"})


@dataclass
class PastQuote:
    number: str
    customer_name: str
    wheel_type: str
    diameter_in: Decimal
    total: Decimal
    status: str


class QuoteArchive:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def for_customer(self, customer_name: str, limit: int = 20) -> list[PastQuote]:
        with self._conn.cursor(row_factory=class_row(PastQuote)) as cur:
            cur.execute(
                "SELECT number, customer_name, wheel_type, diameter_in, total, status "
                "FROM quotes WHERE customer_name = %s ORDER BY issued_on DESC LIMIT %s",
                (customer_name, limit),
            )
            return cur.fetchall()

    def column_average(self, column: str, wheel_type: str) -> Decimal | None:
        if column not in SUMMARY_COLUMNS:
            raise ValueError(f"cannot summarise {column!r}")
        query = sql.SQL(
            "SELECT avg({col}) FROM quotes WHERE wheel_type = %s AND status = 'accepted'"
        ).format(col=sql.Identifier(column))
        with self._conn.cursor() as cur:
            cur.execute(query, (wheel_type,))
            (value,) = cur.fetchone()
        return None if value is None else Decimal(value).quantize(Decimal("0.01"))


def pricing_panel(dsn: str, customer_name: str, wheel_type: str, column: str = "total") -> dict:
    with psycopg.connect(dsn) as conn:
        archive = QuoteArchive(conn)
        previous = archive.for_customer(customer_name)
        return {
            "previous": [q.number for q in previous],
            "average": archive.column_average(column, wheel_type),
        }
