"""Points history endpoint for the member app."""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import Depends, FastAPI, HTTPException, Query

from karaoke.api.auth import current_member
from karaoke.config import settings

app = FastAPI()


class PointsHistoryRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def history(
        self,
        member_id: int,
        start: date,
        end: date,
        sort: str,
        direction: str,
        limit: int,
    ) -> list[dict]:
        if direction.lower() not in ("asc", "desc"):
            raise ValueError("direction must be asc or desc")
        query = (
            "SELECT entry_id, venue_code, reason, points, created_at "
            "FROM points_ledger "
            "WHERE member_id = %s AND created_at::date BETWEEN %s AND %s "
            f"ORDER BY {sort} {direction.upper()} "
            "LIMIT %s"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (member_id, start, end, limit)).fetchall()


def get_repo() -> PointsHistoryRepository:
    return PointsHistoryRepository(settings.points_dsn)


@app.get("/v1/me/points")
def my_points(
    start: date,
    end: date,
    sort: str = Query("created_at"),
    direction: str = Query("desc"),
    limit: int = Query(50, le=200),
    member=Depends(current_member),
    repo: PointsHistoryRepository = Depends(get_repo),
):
    if end < start:
        raise HTTPException(400, "end before start")
    try:
        rows = repo.history(member.id, start, end, sort, direction, limit)
    except ValueError as exc:
        raise HTTPException(400, str(exc))
    return {"entries": rows, "balance": member.points_balance}
