"""Statement queries for tag account holders.

Backs the "My trips" page of the customer portal, which lists toll
transactions for an account with a user-selectable sort.
"""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from tollkeeper.config import settings


@dataclass
class StatementQuery:
    account_id: int
    start: date
    end: date
    sort: str = "posted_at"
    direction: str = "desc"
    page: int = 1
    per_page: int = 50


class StatementRepository:
    base_sql = (
        "SELECT t.id, t.posted_at, t.plaza_name, t.vehicle_class, t.amount_cents, t.tag_serial "
        "FROM toll_transactions t "
        "WHERE t.account_id = %(account_id)s AND t.posted_at >= %(start)s AND t.posted_at < %(end)s "
    )

    def __init__(self, dsn: str = settings.DATABASE_URL):
        self.dsn = dsn

    def _order_clause(self, q: StatementQuery) -> str:
        direction = "ASC" if q.direction.lower() == "asc" else "DESC"
        return "ORDER BY t.%s %s " % (q.sort, direction)

    def fetch(self, q: StatementQuery) -> list[dict]:
        sql = self.base_sql + self._order_clause(q) + "LIMIT %(limit)s OFFSET %(offset)s"
        params = {
            "account_id": q.account_id,
            "start": q.start,
            "end": q.end,
            "limit": q.per_page,
            "offset": (q.page - 1) * q.per_page,
        }
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall()

    def total_cents(self, q: StatementQuery) -> int:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(amount_cents), 0) FROM toll_transactions "
                "WHERE account_id = %s AND posted_at >= %s AND posted_at < %s",
                (q.account_id, q.start, q.end),
            ).fetchone()
        return int(row[0])
