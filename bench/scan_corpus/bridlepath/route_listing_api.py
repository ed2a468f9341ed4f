"""Paged listing of routes for the trust website's "Find a ride" page."""
from __future__ import annotations

from enum import Enum

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from bridlepath.api.deps import get_conn

router = APIRouter()

SORT_COLUMNS = {
    "name": "r.name",
    "length": "r.length_km",
    "parish": "r.parish",
    "updated": "r.last_surveyed_on",
}


class Direction(str, Enum):
    asc = "asc"
    desc = "desc"


def list_routes(conn: psycopg.Connection, parish: str | None, sort: str,
                direction: Direction, page: int, per_page: int) -> list[dict]:
    order_col = SORT_COLUMNS.get(sort, "r.name")
    order_dir = "DESC" if direction is Direction.desc else "ASC"
    where = ["r.status = 'open'"]
    params: dict = {"limit": per_page, "offset": (page - 1) * per_page}
    if parish:
        where.append("r.parish ILIKE %(parish)s")
        params["parish"] = f"%{parish}%"
    sql = (
        "SELECT r.code, r.name, r.parish, r.length_km, r.surface, r.last_surveyed_on "
        f"FROM routes r WHERE {' AND '.join(where)} "
        f"ORDER BY {order_col} {order_dir}, r.code "
        "LIMIT %(limit)s OFFSET %(offset)s"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@router.get("/routes")
def routes(
    parish: str | None = None,
    sort: str = "name",
    direction: Direction = Direction.asc,
    page: int = Query(1, ge=1),
    per_page: int = Query(20, ge=1, le=100),
    conn: psycopg.Connection = Depends(get_conn),
):
    return {"page": page, "routes": list_routes(conn, parish, sort, direction, page, per_page)}
