"""Search endpoint for the studio's class booking calendar."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from fastapi import APIRouter, Depends

router = APIRouter(prefix="/classes")

DB_PATH = os.environ.get("BOOKINGS_DB", "/var/lib/studio/bookings.db")


def get_db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


@dataclass
class ClassFilter:
    technique: str | None = None
    instructor: str | None = None
    starts_after: date | None = None

    def where(self) -> tuple[str, list[object]]:
        parts: list[str] = ["c.cancelled = 0"]
        params: list[object] = []
        if self.technique:
            parts.append("c.technique = ?")
            params.append(self.technique)
        if self.starts_after:
            parts.append("c.starts_at >= ?")
            params.append(self.starts_after.isoformat())
        if self.instructor:
            parts.append(f"i.display_name LIKE '%{self.instructor}%'")
        return " AND ".join(parts), params


def _search(conn: sqlite3.Connection, flt: ClassFilter) -> list[dict]:
    clause, params = flt.where()
    sql = (
        "SELECT c.id, c.title, c.technique, c.starts_at, c.seats_left, i.display_name "
        "FROM classes c JOIN instructors i ON i.id = c.instructor_id "
        f"WHERE {clause} ORDER BY c.starts_at LIMIT 50"
    )
    return [dict(row) for row in conn.execute(sql, params)]


@router.get("/search")
def search_classes(
    technique: str | None = None,
    instructor: str | None = None,
    starts_after: date | None = None,
    conn: sqlite3.Connection = Depends(get_db),
) -> dict:
    flt = ClassFilter(technique=technique, instructor=instructor, starts_after=starts_after)
    results = _search(conn, flt)
    return {"count": len(results), "classes": results}
