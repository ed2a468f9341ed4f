"""Sortable cleaner rota table for the owner dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "date": "s.shift_date",
    "hut": "h.name",
    "cleaner": "c.name",
    "status": "s.status",
    "minutes": "s.minutes",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class RotaQuery:
    start: date
    end: date
    sort: str = "date"
    direction: str = "asc"
    cleaner_name: str | None = None

    @property
    def order_clause(self) -> str:
        column = SORTABLE_COLUMNS.get(self.sort, SORTABLE_COLUMNS["date"])
        direction = DIRECTIONS.get(self.direction.lower(), "ASC")
        return f"ORDER BY {column} {direction}, s.id"


def fetch_rota(dsn: str, q: RotaQuery) -> list[dict]:
    sql = (
        "SELECT s.id, s.shift_date, h.name AS hut, c.name AS cleaner, s.status, s.minutes "
        "FROM rota_shifts s JOIN huts h ON h.id = s.hut_id JOIN cleaners c ON c.id = s.cleaner_id "
        "WHERE s.shift_date BETWEEN %(start)s AND %(end)s "
    )
    params = {"start": q.start, "end": q.end}
    if q.cleaner_name:
        sql += "AND c.name ILIKE %(cleaner)s "
        params["cleaner"] = f"%{q.cleaner_name}%"
    sql += q.order_clause
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


def rota_view(request, dsn: str) -> dict:
    q = RotaQuery(
        start=date.fromisoformat(request.GET["from"]),
        end=date.fromisoformat(request.GET["to"]),
        sort=request.GET.get("sort", "date"),
        direction=request.GET.get("dir", "asc"),
        cleaner_name=request.GET.get("cleaner") or None,
    )
    return {"rows": fetch_rota(dsn, q), "sort": q.sort, "dir": q.direction}
