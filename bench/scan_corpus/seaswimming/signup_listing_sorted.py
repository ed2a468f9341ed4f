"""Sortable list of sign-ups for one swim session (leaders' dashboard)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "name": "m.full_name",
    "group": "s.ability_group",
    "booked": "s.created_at",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class SignupRow:
    signup_id: int
    session_date: date
    swimmer_name: str
    ability_group: str


class SignupListing:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _order_clause(sort: str, direction: str) -> str:
        column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
        order = DIRECTIONS.get(direction.lower(), "ASC")
        return f"ORDER BY {column} {order}"

    def for_session(
        self, session_id: int, name_fragment: str = "", sort: str = "name", direction: str = "asc"
    ) -> list[SignupRow]:
        sql = (
            "SELECT s.id AS signup_id, ss.session_date, m.full_name AS swimmer_name, "
            "s.ability_group FROM signups s "
            "JOIN swim_sessions ss ON ss.id = s.session_id "
            "JOIN members m ON m.id = s.member_id "
            "WHERE s.session_id = %s AND m.full_name ILIKE %s "
            + self._order_clause(sort, direction)
        )
        params = (session_id, f"%{name_fragment}%")
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            rows = conn.execute(sql, params).fetchall()
        return [SignupRow(**row) for row in rows]
