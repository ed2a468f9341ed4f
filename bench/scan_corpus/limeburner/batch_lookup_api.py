"""Listing API for lime putty batches available for sale.

Putty is matured in pits for at least three months before sale. Merchants
and conservation contractors browse available batches by maturity, pit and
grade; the list can be sorted by a handful of columns.
"""

from enum import Enum

from fastapi import APIRouter, Depends, HTTPException, Query
import psycopg
from psycopg.rows import dict_row

from limeworks.db import get_connection

router = APIRouter(prefix="/putty")

SORT_COLUMNS = {
    "matured": "matured_since",
    "pit": "pit_code",
    "grade": "grade",
    "available": "tubs_available",
}


class Direction(str, Enum):
    asc = "ASC"
    desc = "DESC"


def list_batches(
    conn: psycopg.Connection, min_months: int, sort_key: str, direction: Direction
) -> list[dict]:
    column = SORT_COLUMNS.get(sort_key)
    if column is None:
        raise ValueError(f"cannot sort by {sort_key!r}")
    sql = (
        "SELECT batch_no, pit_code, grade, matured_since, tubs_available "
        "FROM putty_batches WHERE tubs_available > 0 "
        "AND matured_since <= now() - make_interval(months => %s) "
        f"ORDER BY {column} {direction.value}"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, (min_months,))
        return cur.fetchall()


@router.get("/batches")
def available_batches(
    min_months: int = Query(3, ge=0, le=60),
    sort: str = Query("matured"),
    direction: Direction = Query(Direction.asc),
    conn: psycopg.Connection = Depends(get_connection),
):
    try:
        return list_batches(conn, min_months, sort, direction)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
