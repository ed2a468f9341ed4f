"""Queries behind the foundry's internal sales dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List

import psycopg
from fastapi import APIRouter, Depends, HTTPException, Query
from psycopg.rows import dict_row

from .db import get_connection

router = APIRouter(prefix="/dashboard")

_SORT_COLUMNS = {
    "revenue": "revenue",
    "units": "units",
    "family": "f.name",
    "last_sale": "last_sale",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
_LICENCE_TYPES = ("desktop", "webfont", "app", "ebook")


@dataclass
class FamilySales:
    family: str
    units: int
    revenue: float
    last_sale: date


def top_families(
    conn: psycopg.Connection,
    start: date,
    end: date,
    licence_type: str | None,
    sort: str,
    direction: str,
    limit: int,
) -> List[FamilySales]:
    order_column = _SORT_COLUMNS[sort]
    order_dir = _DIRECTIONS[direction]
    params: dict = {"start": start, "end": end, "limit": limit}
    licence_filter = ""
    if licence_type is not None:
        licence_filter = "AND s.licence_type = %(licence_type)s"
        params["licence_type"] = licence_type
    sql = f"""
        SELECT f.name AS family, SUM(s.units) AS units,
               SUM(s.net_amount) AS revenue, MAX(s.sold_at)::date AS last_sale
          FROM sales s JOIN families f ON f.id = s.family_id
         WHERE s.sold_at >= %(start)s AND s.sold_at < %(end)s {licence_filter}
         GROUP BY f.name
         ORDER BY {order_column} {order_dir}
         LIMIT %(limit)s
    """
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return [FamilySales(**row) for row in cur.fetchall()]


@router.get("/top-families")
def top_families_view(
    start: date,
    end: date,
    licence_type: str | None = None,
    sort: str = Query("revenue"),
    direction: str = Query("desc"),
    limit: int = Query(20, ge=1, le=200),
    conn: psycopg.Connection = Depends(get_connection),
):
    if sort not in _SORT_COLUMNS or direction not in _DIRECTIONS:
        raise HTTPException(status_code=400, detail="invalid sort")
    if licence_type is not None and licence_type not in _LICENCE_TYPES:
        raise HTTPException(status_code=400, detail="invalid licence type")
    rows = top_families(conn, start, end, licence_type, sort, direction, limit)
    return [row.__dict__ for row in rows]
