"""Pipeline search queries for the processor work queue."""
from __future__ import annotations

from datetime import date
from typing import Sequence

from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE = {
    "application_date": "l.application_date",
    "loan_amount": "l.loan_amount",
    "lock_expiration": "rl.expires_on",
    "closing_date": "l.est_closing_date",
}


class LoanSearchRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    def search(
        self,
        statuses: Sequence[str],
        processor_id: int | None = None,
        closing_before: date | None = None,
        sort: str = "application_date",
        descending: bool = False,
        limit: int = 100,
    ) -> list[dict]:
        if not statuses:
            return []
        table, column = SORTABLE.get(sort, SORTABLE["application_date"]).split(".")

        placeholders = ", ".join(["%s"] * len(statuses))
        where = [f"l.status IN ({placeholders})"]
        params: list = list(statuses)
        if processor_id is not None:
            where.append("l.processor_id = %s")
            params.append(processor_id)
        if closing_before is not None:
            where.append("l.est_closing_date < %s")
            params.append(closing_before)

        query = sql.SQL(
            "SELECT l.loan_number, l.status, l.loan_amount, rl.expires_on AS lock_expiration "
            "FROM loans l LEFT JOIN rate_locks rl ON rl.loan_id = l.id AND rl.active "
            "WHERE " + " AND ".join(where) + " ORDER BY {} {} LIMIT %s"
        ).format(
            sql.Identifier(table, column),
            sql.SQL("DESC" if descending else "ASC"),
        )
        params.append(min(int(limit), 500))

        with self.conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(query, params)
            return list(cur.fetchall())
