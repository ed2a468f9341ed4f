"""Search over saved quotes for the front-office quoting screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable


@dataclass
class QuoteRow:
    id: int
    customer: str
    description: str
    total: Decimal
    status: str


STATUSES = ("draft", "sent", "accepted", "declined", "expired")


def _customer_clause(customer: str | None) -> str:
    if not customer:
        return "1=1"
    return f"c.name LIKE '%{customer}%'"


class QuoteSearchRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def search(
        self,
        customer: str | None = None,
        status: str | None = None,
        limit: int = 50,
    ) -> list[QuoteRow]:
        params: list[object] = []
        sql = (
            "SELECT q.id, c.name, q.description, q.total_pence, q.status "
            "FROM quotes q JOIN customers c ON c.id = q.customer_id "
            "WHERE " + _customer_clause(customer)
        )
        if status in STATUSES:
            sql += " AND q.status = ?"
            params.append(status)
        sql += " ORDER BY q.created_at DESC LIMIT ?"
        params.append(max(1, min(int(limit), 200)))
        rows = self.conn.execute(sql, params).fetchall()
        return list(self._to_rows(rows))

    @staticmethod
    def _to_rows(rows: Iterable[tuple]) -> Iterable[QuoteRow]:
        for qid, name, desc, pence, status in rows:
            yield QuoteRow(qid, name, desc, Decimal(pence) / 100, status)


def search_from_request(conn: sqlite3.Connection, args: dict[str, str]) -> list[dict]:
    repo = QuoteSearchRepository(conn)
    results = repo.search(
        customer=args.get("customer"),
        status=args.get("status"),
        limit=int(args.get("limit", "50")),
    )
    return [r.__dict__ | {"total": str(r.total)} for r in results]
