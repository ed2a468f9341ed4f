"""Search backend for the claims handler workbench.

Filters come from the workbench search form; results are paged and shown
in the claims list view.
"""
from dataclasses import dataclass
from datetime import date

BASE_QUERY = """
    SELECT c.reference, c.status, c.reported_at, p.policy_number, p.holder_surname
    FROM claims c
    JOIN policies p ON p.id = c.policy_id
"""


@dataclass
class ClaimFilters:
    status: str | None = None
    reported_from: date | None = None
    surname: str | None = None
    handler_id: int | None = None


def _where(filters: ClaimFilters) -> tuple[str, list]:
    clauses, params = [], []
    if filters.status:
        clauses.append("c.status = %s")
        params.append(filters.status)
    if filters.reported_from:
        clauses.append("c.reported_at >= %s")
        params.append(filters.reported_from)
    if filters.handler_id is not None:
        clauses.append("c.handler_id = %s")
        params.append(filters.handler_id)
    if filters.surname:
        clauses.append(f"p.holder_surname ILIKE '%{filters.surname}%'")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params


def build_search(filters: ClaimFilters, page: int, page_size: int = 50) -> tuple[str, list]:
    where, params = _where(filters)
    sql = BASE_QUERY + where + " ORDER BY c.reported_at DESC LIMIT %s OFFSET %s"
    return sql, params + [page_size, page * page_size]


def search_claims(conn, filters: ClaimFilters, page: int = 0) -> list[dict]:
    sql, params = build_search(filters, page)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        columns = [col.name for col in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]
