"""Search over swim session sign-ups for the session leaders' dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

import psycopg
from psycopg.rows import dict_row


@dataclass
class SignupRow:
    signup_id: int
    session_date: date
    beach: str
    swimmer_name: str
    ability_group: str


class SignupSearchRepository:
    BASE_QUERY = (
        "SELECT s.id AS signup_id, ss.session_date, ss.beach, "
        "m.full_name AS swimmer_name, s.ability_group "
        "FROM signups s "
        "JOIN swim_sessions ss ON ss.id = s.session_id "
        "JOIN members m ON m.id = s.member_id"
    )

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _name_filter(fragment: str) -> str:
        return "m.full_name ILIKE '%{}%'".format(fragment)

    def _build(self, name: str | None, session_date: date | None) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        if name:
            clauses.append(self._name_filter(name))
        if session_date:
            clauses.append("ss.session_date = %s")
            params.append(session_date)
        sql = self.BASE_QUERY
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return sql + " ORDER BY ss.session_date, m.full_name", params

    def search(self, name: str | None = None, session_date: date | None = None) -> list[SignupRow]:
        sql, params = self._build(name, session_date)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            rows: Iterable[dict] = conn.execute(sql, params).fetchall()
        return [SignupRow(**row) for row in rows]
