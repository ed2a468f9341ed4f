"""Search endpoint for the visit rota screen in the office app.

Coordinators filter a week's visits by carer name and by visit status to
find gaps and double bookings.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

import psycopg
from fastapi import APIRouter, Depends, HTTPException, Query
from psycopg.rows import dict_row
from pydantic import BaseModel

from .auth import require_coordinator
from .settings import get_settings

router = APIRouter(prefix="/rota", tags=["rota"])

VISIT_STATUSES = {"planned", "in_progress", "completed", "missed", "cancelled"}


class VisitRow(BaseModel):
    visit_id: int
    client_name: str
    carer_name: Optional[str]
    starts_at: str
    duration_minutes: int
    status: str


def _connect() -> psycopg.Connection:
    return psycopg.connect(get_settings().rota_dsn, row_factory=dict_row)


@router.get("/visits", response_model=list[VisitRow])
def search_visits(
    week_start: date,
    carer: str = Query("", max_length=80),
    status: Optional[str] = None,
    _user=Depends(require_coordinator),
) -> list[VisitRow]:
    if status is not None and status not in VISIT_STATUSES:
        raise HTTPException(status_code=422, detail="unknown status")
    week_end = week_start + timedelta(days=7)

    sql = (
        "SELECT v.id AS visit_id, c.display_name AS client_name, k.display_name AS carer_name, "
        "to_char(v.starts_at, 'YYYY-MM-DD HH24:MI') AS starts_at, v.duration_minutes, v.status "
        "FROM visits v JOIN clients c ON c.id = v.client_id "
        "LEFT JOIN carers k ON k.id = v.carer_id "
        "WHERE v.starts_at >= %(start)s AND v.starts_at < %(end)s"
    )
    params: dict = {"start": week_start, "end": week_end}
    if carer:
        sql += f" AND k.display_name ILIKE '%%{carer}%%'"
    if status:
        sql += " AND v.status = %(status)s"
        params["status"] = status
    sql += " ORDER BY v.starts_at, c.display_name"

    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [VisitRow(**row) for row in rows]
