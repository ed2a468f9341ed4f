"""Persistence for customer quotes (re-roofs, repairs, chimney and lead work)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterator, List, Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class Quote:
    quote_ref: str
    customer_name: str
    site_address: str
    postcode: str
    work_type: str
    total_gbp: Decimal
    valid_until: date
    status: str


class QuoteRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _conn(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def by_ref(self, quote_ref: str) -> Optional[Quote]:
        with self._conn() as conn, conn.cursor(row_factory=class_row(Quote)) as cur:
            cur.execute("SELECT * FROM quotes WHERE quote_ref = %s", (quote_ref,))
            return cur.fetchone()

    def search(self, customer: str = "", postcode: str = "",
               status: Optional[str] = None, limit: int = 50) -> List[Quote]:
        clauses = ["customer_name ILIKE %(customer)s", "postcode LIKE %(postcode)s"]
        params = {
            "customer": f"%{customer}%",
            "postcode": f"{postcode.upper()}%",
            "limit": limit,
        }
        if status:
            clauses.append("status = %(status)s")
            params["status"] = status
        sql = "SELECT * FROM quotes WHERE " + " AND ".join(clauses) + \
              " ORDER BY valid_until DESC LIMIT %(limit)s"
        with self._conn() as conn, conn.cursor(row_factory=class_row(Quote)) as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def expiring(self, before: date) -> Iterator[Quote]:
        with self._conn() as conn, conn.cursor(row_factory=class_row(Quote)) as cur:
            cur.execute(
                "SELECT * FROM quotes WHERE status = 'sent' AND valid_until < %s",
                (before,),
            )
            yield from cur

    def mark(self, quote_ref: str, status: str) -> None:
        with self._conn() as conn:
            conn.execute("UPDATE quotes SET status = %s WHERE quote_ref = %s",
                         (status, quote_ref))
