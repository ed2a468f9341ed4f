"""Repository for heritage-grant applications.

Office staff edit applications field by field from the grants screen;
the field being edited arrives with the request, so the column name is
composed with psycopg's SQL composition rather than pasted in.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

EDITABLE_FIELDS = frozenset(
    {"funder", "scheme", "wall_metres", "estimated_cost", "match_funding", "notes", "state"}
)


@dataclass
class GrantApplication:
    id: int
    reference: str
    holding_ref: str
    funder: str
    scheme: str
    state: str


class GrantApplicationRepo:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def get(self, reference: str) -> Optional[GrantApplication]:
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(
                "SELECT id, reference, holding_ref, funder, scheme, state"
                " FROM grant_application WHERE reference = %s",
                (reference,),
            )
            row = cur.fetchone()
        return GrantApplication(**row) if row else None

    def update_field(self, reference: str, field: str, value: Any) -> bool:
        if field not in EDITABLE_FIELDS:
            raise ValueError(f"field {field!r} cannot be edited")
        stmt = sql.SQL(
            "UPDATE grant_application SET {} = %s, updated_at = now() WHERE reference = %s"
        ).format(sql.Identifier(field))
        with self._conn.cursor() as cur:
            cur.execute(stmt, (value, reference))
            changed = cur.rowcount == 1
        self._conn.commit()
        return changed

    def search(self, funder: Optional[str] = None, state: Optional[str] = None) -> list[dict]:
        clauses = [sql.SQL("TRUE")]
        params: list[Any] = []
        if funder:
            clauses.append(sql.SQL("funder = %s"))
            params.append(funder)
        if state:
            clauses.append(sql.SQL("state = %s"))
            params.append(state)
        stmt = sql.SQL(
            "SELECT reference, holding_ref, funder, scheme, state FROM grant_application"
            " WHERE {} ORDER BY reference"
        ).format(sql.SQL(" AND ").join(clauses))
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(stmt, params)
            return cur.fetchall()
