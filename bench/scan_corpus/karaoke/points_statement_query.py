"""Monthly points statements for members, sortable in the app."""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import Depends, FastAPI, Query

from karaoke.api.auth import current_member
from karaoke.config import settings

app = FastAPI()

SORT_COLUMNS = {
    "date": "created_at",
    "points": "points",
    "venue": "venue_code",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class PointsStatementQuery:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def statement(self, member_id: int, month: date, sort: str, direction: str) -> list[dict]:
        column = SORT_COLUMNS.get(sort, "created_at")
        order = DIRECTIONS.get(direction.lower(), "DESC")
        query = (
            "SELECT entry_id, venue_code, reason, points, created_at "
            "FROM points_ledger "
            "WHERE member_id = %s AND date_trunc('month', created_at) = %s "
            f"ORDER BY {column} {order}, entry_id"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (member_id, month.replace(day=1))).fetchall()

    def totals(self, member_id: int, month: date) -> dict:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT COALESCE(SUM(points) FILTER (WHERE points > 0), 0) AS earned, "
                "COALESCE(-SUM(points) FILTER (WHERE points < 0), 0) AS spent "
                "FROM points_ledger WHERE member_id = %s "
                "AND date_trunc('month', created_at) = %s",
                (member_id, month.replace(day=1)),
            ).fetchone()


@app.get("/v1/me/points/statement")
def points_statement(
    month: date,
    sort: str = Query("date"),
    direction: str = Query("desc"),
    member=Depends(current_member),
):
    q = PointsStatementQuery(settings.points_dsn)
    return {
        "entries": q.statement(member.id, month, sort, direction),
        "totals": q.totals(member.id, month),
    }
