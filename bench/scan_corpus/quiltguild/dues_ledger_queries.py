"""Treasurer queries over the yearly dues payment tables.

Payments are kept in one table per membership year (``dues_payments_2024`` ...)
so old years can be archived independently.
"""
from __future__ import annotations

import os
from decimal import Decimal

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

FIRST_YEAR = 2009
SORTABLE = frozenset({"paid_on", "amount", "member_id"})


class DuesLedger:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _table_for(year: int) -> sql.Identifier:
        if not FIRST_YEAR <= year <= 2100:
            raise ValueError(f"no dues table for {year}")
        return sql.Identifier(f"dues_payments_{year:d}")

    def payments(self, year: int, sort: str = "paid_on", limit: int = 200) -> list[dict]:
        if sort not in SORTABLE:
            sort = "paid_on"
        query = sql.SQL(
            "SELECT member_id, amount, paid_on, method FROM {table} ORDER BY {col} DESC LIMIT %s"
        ).format(table=self._table_for(year), col=sql.Identifier(sort))
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (limit,)).fetchall()

    def outstanding(self, year: int) -> list[dict]:
        query = sql.SQL(
            "SELECT m.member_id, m.display_name, m.email FROM members m "
            "WHERE m.active AND NOT EXISTS "
            "(SELECT 1 FROM {table} d WHERE d.member_id = m.member_id) "
            "ORDER BY m.display_name"
        ).format(table=self._table_for(year))
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query).fetchall()

    def total_collected(self, year: int, method: str | None = None) -> Decimal:
        query = sql.SQL(
            "SELECT COALESCE(SUM(amount), 0) FROM {table} WHERE (%s::text IS NULL OR method = %s)"
        ).format(table=self._table_for(year))
        with psycopg.connect(self._dsn) as conn:
            (total,) = conn.execute(query, (method, method)).fetchone()
        return Decimal(total)


if __name__ == "__main__":
    import sys

    ledger = DuesLedger(os.environ["QUILTGUILD_DATABASE_URL"])
    year = int(sys.argv[1])
    print(f"collected in {year}: ${ledger.total_collected(year)}")
    for row in ledger.outstanding(year):
        print(f"  unpaid: {row['display_name']} <{row['email']}>")
