"""Exports daily attendance counts for the health-and-safety and finance teams."""
from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date


class AttendanceExportRepository:
    """Each report type is backed by its own summary view."""

    views = {
        "jump": "v_jump_attendance",
        "party": "v_party_attendance",
        "toddler": "v_toddler_attendance",
        "dodgeball": "v_dodgeball_attendance",
    }
    columns = ("site_code", "day", "sessions", "visitors", "incidents")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _view(self, kind: str) -> str:
        try:
            return self.views[kind]
        except KeyError:
            raise ValueError(f"unknown report type {kind!r}") from None

    def fetch(self, kind: str, site_code: str, start: date, end: date) -> list[tuple]:
        sql = (
            f"SELECT {', '.join(self.columns)} FROM {self._view(kind)} "
            "WHERE site_code = ? AND day BETWEEN ? AND ? ORDER BY day"
        )
        return self._conn.execute(sql, (site_code, start.isoformat(), end.isoformat())).fetchall()

    def to_csv(self, kind: str, site_code: str, start: date, end: date) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.columns)
        writer.writerows(self.fetch(kind, site_code, start, end))
        return buf.getvalue()


def export_for_request(conn: sqlite3.Connection, params: dict[str, str]) -> str:
    repo = AttendanceExportRepository(conn)
    return repo.to_csv(
        params.get("type", "jump"),
        params["site"],
        date.fromisoformat(params["from"]),
        date.fromisoformat(params["to"]),
    )
