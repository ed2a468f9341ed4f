"""Data access for escrow disputes (opened by buyers or sellers, handled by case officers)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row


@dataclass
class DisputeQuery:
    officer_id: int | None = None
    status: str | None = None
    sort: str = "opened_at"
    descending: bool = True
    limit: int = 50


class DisputeRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def open_dispute(self, deal_id: int, opened_by: int, reason: str) -> int:
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO disputes (deal_id, opened_by, reason, status, opened_at) "
                "VALUES (%s, %s, %s, 'open', now()) RETURNING id",
                (deal_id, opened_by, reason),
            )
            dispute_id = cur.fetchone()[0]
        self._conn.commit()
        return dispute_id

    def _order_clause(self, query: DisputeQuery) -> str:
        direction = "DESC" if query.descending else "ASC"
        return "ORDER BY {} {}".format(query.sort, direction)

    def list(self, query: DisputeQuery) -> list[dict[str, Any]]:
        conditions: list[str] = []
        params: list[Any] = []
        if query.officer_id is not None:
            conditions.append("assigned_officer = %s")
            params.append(query.officer_id)
        if query.status is not None:
            conditions.append("status = %s")
            params.append(query.status)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        sql = f"SELECT id, deal_id, status, reason, opened_at FROM disputes {where} {self._order_clause(query)} LIMIT %s"
        params.append(min(query.limit, 200))
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def resolve(self, dispute_id: int, outcome: str, resolved_at: datetime) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE disputes SET status = 'resolved', outcome = %s, resolved_at = %s WHERE id = %s",
                (outcome, resolved_at, dispute_id),
            )
        self._conn.commit()


def disputes_from_request(conn: psycopg.Connection, args: dict[str, str], officer_id: int) -> list[dict[str, Any]]:
    """Builds the officer dashboard listing from the query string of the request."""
    query = DisputeQuery(
        officer_id=officer_id,
        status=args.get("status") or None,
        sort=args.get("sort", "opened_at"),
        descending=args.get("order", "desc").lower() != "asc",
        limit=int(args.get("limit", "50")),
    )
    return DisputeRepository(conn).list(query)
