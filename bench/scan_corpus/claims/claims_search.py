"""Search backend for the claims handler work queue.

Handlers filter their queue by status, loss type, date range and policy
number prefix. Results are paged 50 at a time.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import psycopg2.extras

PAGE_SIZE = 50

BASE_QUERY = """
    SELECT c.id, c.claim_number, c.status, c.loss_type, c.loss_date, p.policy_number, c.reserve_amount
    FROM claims c
    JOIN policies p ON p.id = c.policy_id
"""


def _build_filters(criteria: dict[str, Any]) -> tuple[str, list[Any]]:
    clauses: list[str] = ["c.deleted_at IS NULL"]
    params: list[Any] = []
    if criteria.get("status"):
        clauses.append("c.status = %s")
        params.append(criteria["status"])
    if criteria.get("loss_type"):
        clauses.append("c.loss_type = %s")
        params.append(criteria["loss_type"])
    if criteria.get("from_date"):
        clauses.append("c.loss_date >= %s")
        params.append(date.fromisoformat(criteria["from_date"]))
    if criteria.get("policy_prefix"):
        clauses.append(f"p.policy_number LIKE '{criteria['policy_prefix']}%%'")
    if criteria.get("handler_id"):
        clauses.append("c.handler_id = %s")
        params.append(int(criteria["handler_id"]))
    return " AND ".join(clauses), params


def search_claims(conn, criteria: dict[str, Any], page: int = 1) -> list[dict]:
    where, params = _build_filters(criteria)
    sql = f"{BASE_QUERY} WHERE {where} ORDER BY c.loss_date DESC LIMIT %s OFFSET %s"
    params.extend([PAGE_SIZE, max(page - 1, 0) * PAGE_SIZE])
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())
