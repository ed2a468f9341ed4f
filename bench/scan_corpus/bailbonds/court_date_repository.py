"""Data access for upcoming court dates, used by the reminder and calendar views."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

import psycopg
from psycopg.rows import dict_row

FILTERABLE = ("county", "courtroom", "judge", "agent_username", "status")


@dataclass
class CourtDate:
    id: int
    case_number: str
    defendant_name: str
    county: str
    courtroom: str
    judge: str
    hearing_date: date
    status: str


class CourtDateRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn, row_factory=dict_row)

    @staticmethod
    def _where_clause(filters: Mapping[str, str]) -> str:
        parts = ["cd.hearing_date >= CURRENT_DATE"]
        for column in FILTERABLE:
            value = filters.get(column)
            if value:
                parts.append(f"cd.{column} = '{value}'")
        return " AND ".join(parts)

    def upcoming(self, filters: Mapping[str, str], limit: int = 200) -> list[CourtDate]:
        query = (
            "SELECT cd.id, cd.case_number, d.first_name || ' ' || d.last_name AS defendant_name,"
            " cd.county, cd.courtroom, cd.judge, cd.hearing_date, cd.status"
            " FROM court_dates cd JOIN defendants d ON d.id = cd.defendant_id"
            " WHERE " + self._where_clause(filters) +
            " ORDER BY cd.hearing_date LIMIT %s"
        )
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(query, (limit,))
            return [CourtDate(**row) for row in cur.fetchall()]

    def mark_appeared(self, court_date_id: int) -> None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE court_dates SET status = 'appeared' WHERE id = %s",
                (court_date_id,),
            )

    def bulk_insert(self, rows: Iterable[CourtDate]) -> int:
        with self._connect() as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO court_dates (case_number, county, courtroom, judge, hearing_date, status)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (case_number, hearing_date) DO NOTHING",
                [(r.case_number, r.county, r.courtroom, r.judge, r.hearing_date, r.status) for r in rows],
            )
            return cur.rowcount


def calendar_view(request_args: Mapping[str, str], dsn: str) -> list[dict]:
    repo = CourtDateRepository(dsn)
    return [cd.__dict__ for cd in repo.upcoming(request_args)]
