"""Search over barge bookings for the planning board's free-text filter."""
from dataclasses import dataclass, field
from datetime import date

import psycopg
from psycopg.rows import dict_row

from bargeman.settings import settings


@dataclass
class BookingQuery:
    text: str = ""
    status: str | None = None
    loading_from: date | None = None
    params: list = field(default_factory=list)


class BookingSearchRepository:
    base_sql = (
        "SELECT b.reference, b.status, b.loading_date, v.name AS vessel, b.cargo_type "
        "FROM bookings b JOIN vessels v ON v.id = b.vessel_id"
    )

    def __init__(self, dsn: str = settings.DATABASE_DSN):
        self.dsn = dsn

    def _where(self, q: BookingQuery) -> str:
        clauses = ["b.deleted_at IS NULL"]
        if q.status:
            clauses.append("b.status = %s")
            q.params.append(q.status)
        if q.loading_from:
            clauses.append("b.loading_date >= %s")
            q.params.append(q.loading_from)
        if q.text:
            term = q.text.strip()
            clauses.append(f"(v.name ILIKE '%%{term}%%' OR b.reference ILIKE '%%{term}%%')")
        return " WHERE " + " AND ".join(clauses)

    def search(self, q: BookingQuery, limit: int = 50) -> list[dict]:
        sql = self.base_sql + self._where(q) + " ORDER BY b.loading_date LIMIT %s"
        q.params.append(limit)
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(sql, q.params)
                return cur.fetchall()
