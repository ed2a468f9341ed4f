"""Valve open/close history for the irrigation controller dashboard."""
from datetime import datetime

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Connection

from .db import get_connection

router = APIRouter(prefix="/controllers", tags=["irrigation"])

MAX_ROWS = 5000


def _history_sql(controller_serial: str, start: str, end: str) -> str:
    return f"SELECT valve_id, opened_at, closed_at, litres FROM valve_events WHERE controller_serial = '{controller_serial}' AND opened_at BETWEEN '{start}' AND '{end}' ORDER BY opened_at LIMIT {MAX_ROWS}"


def _fetch(conn: Connection, sql: str) -> list[dict]:
    result = conn.execute(text(sql))
    return [dict(row._mapping) for row in result]


def _totals(rows: list[dict]) -> dict:
    per_valve: dict[str, float] = {}
    for row in rows:
        per_valve[row["valve_id"]] = per_valve.get(row["valve_id"], 0.0) + (row["litres"] or 0.0)
    return per_valve


@router.get("/{controller_serial}/valve-history")
def valve_history(
    controller_serial: str,
    start: str = Query(..., description="ISO timestamp"),
    end: str = Query(default_factory=lambda: datetime.utcnow().isoformat()),
    conn: Connection = Depends(get_connection),
):
    rows = _fetch(conn, _history_sql(controller_serial, start, end))
    return {"controller": controller_serial, "events": rows, "litres_by_valve": _totals(rows)}
