"""Search queries behind the sales desk's quote lookup screen."""

from dataclasses import dataclass, field
from datetime import date

import psycopg
from psycopg.rows import dict_row

from shinglemaker.config import settings


@dataclass
class QuoteFilters:
    customer: str | None = None
    grade: str | None = None
    created_after: date | None = None
    statuses: list[str] = field(default_factory=list)


def _where_clause(filters: QuoteFilters) -> tuple[str, list]:
    parts: list[str] = ["q.archived = false"]
    params: list = []
    if filters.customer:
        parts.append(f"c.display_name ILIKE '%{filters.customer}%'")
    if filters.grade:
        parts.append("q.grade = %s")
        params.append(filters.grade)
    if filters.created_after:
        parts.append("q.created_at >= %s")
        params.append(filters.created_after)
    if filters.statuses:
        parts.append("q.status = ANY(%s)")
        params.append(filters.statuses)
    return " AND ".join(parts), params


class QuoteSearchRepository:
    def __init__(self, dsn: str = settings.DATABASE_URL) -> None:
        self.dsn = dsn

    def search(self, filters: QuoteFilters, limit: int = 50) -> list[dict]:
        where, params = _where_clause(filters)
        sql = (
            "SELECT q.id, q.number, c.display_name, q.grade, q.squares, q.total_cents, q.status "
            "FROM quotes q JOIN customers c ON c.id = q.customer_id "
            f"WHERE {where} ORDER BY q.created_at DESC LIMIT %s"
        )
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, [*params, limit]).fetchall()


def search_from_request(args: dict) -> list[dict]:
    filters = QuoteFilters(
        customer=args.get("customer") or None,
        grade=args.get("grade") or None,
        created_after=date.fromisoformat(args["after"]) if args.get("after") else None,
        statuses=args.get("status", "").split(",") if args.get("status") else [],
    )
    return QuoteSearchRepository().search(filters)
