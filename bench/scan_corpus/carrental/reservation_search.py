"""Back-office reservation search used by the call-centre tool."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2.extras

BASE_QUERY = """
    SELECT r.id, r.confirmation_code, r.pickup_branch, r.pickup_at, r.return_at,
           r.status, c.first_name, c.last_name, c.email
      FROM reservations r
      JOIN customers c ON c.id = r.customer_id
"""


@dataclass
class SearchCriteria:
    branch_code: str | None = None
    surname: str | None = None
    pickup_from: date | None = None
    pickup_to: date | None = None
    limit: int = 50


def _where_clause(criteria: SearchCriteria) -> tuple[str, list]:
    clauses = ["r.status <> 'cancelled'"]
    params: list = []
    if criteria.branch_code:
        clauses.append("r.pickup_branch = %s")
        params.append(criteria.branch_code)
    if criteria.pickup_from:
        clauses.append("r.pickup_at >= %s")
        params.append(criteria.pickup_from)
    if criteria.pickup_to:
        clauses.append("r.pickup_at < %s")
        params.append(criteria.pickup_to)
    if criteria.surname:
        clauses.append("c.last_name ILIKE '" + criteria.surname.strip() + "%%'")
    return " AND ".join(clauses), params


def search_reservations(conn, criteria: SearchCriteria) -> list[dict]:
    where, params = _where_clause(criteria)
    sql = f"{BASE_QUERY} WHERE {where} ORDER BY r.pickup_at DESC LIMIT %s"
    params.append(min(criteria.limit, 200))
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(row) for row in cur.fetchall()]
