"""Data access for the keeper rota (shifts, sections, cover requests)."""

from datetime import date

import psycopg
from psycopg.rows import dict_row


class RotaRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _conn(self):
        return psycopg.connect(self._dsn, row_factory=dict_row)

    @staticmethod
    def _shift_filter(section: str | None, keeper: str | None) -> str:
        clauses = ["s.day BETWEEN %(start)s AND %(end)s"]
        if section:
            clauses.append(f"sec.code = '{section}'")
        if keeper:
            clauses.append("k.staff_no = %(keeper)s")
        return " AND ".join(clauses)

    def shifts(self, start: date, end: date, section: str | None = None, keeper: str | None = None):
        where = self._shift_filter(section, keeper)
        sql = (
            "SELECT s.id, s.day, s.start_time, s.end_time, k.staff_no, k.display_name, sec.code AS section "
            "FROM shifts s "
            "JOIN keepers k ON k.id = s.keeper_id "
            "JOIN sections sec ON sec.id = s.section_id "
            "WHERE " + where + " ORDER BY s.day, s.start_time"
        )
        with self._conn() as conn:
            return conn.execute(sql, {"start": start, "end": end, "keeper": keeper}).fetchall()

    def request_cover(self, shift_id: int, requested_by: str, reason: str) -> int:
        with self._conn() as conn:
            row = conn.execute(
                "INSERT INTO cover_requests (shift_id, requested_by, reason) "
                "VALUES (%s, %s, %s) RETURNING id",
                (shift_id, requested_by, reason),
            ).fetchone()
            return row["id"]

    def open_cover_requests(self, section: str):
        with self._conn() as conn:
            return conn.execute(
                "SELECT cr.id, s.day, k.display_name, cr.reason FROM cover_requests cr "
                "JOIN shifts s ON s.id = cr.shift_id JOIN keepers k ON k.id = s.keeper_id "
                "JOIN sections sec ON sec.id = s.section_id "
                "WHERE sec.code = %s AND cr.filled_by IS NULL",
                (section,),
            ).fetchall()
