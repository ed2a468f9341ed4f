"""Sortable pressing-day report for the mill office."""
from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, Query
from psycopg import sql
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

app = FastAPI(title="Pressing reports")
pool = ConnectionPool(os.environ["MILL_DATABASE_URL"], kwargs={"row_factory": dict_row})

SORT_COLUMNS = {
    "date": "pressed_on",
    "variety": "variety",
    "apples": "apples_kg",
    "juice": "juice_litres",
    "yield": "litres_per_kg",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort: str, direction: str) -> sql.Composed:
    column = SORT_COLUMNS.get(sort, "pressed_on")
    order = DIRECTIONS.get(direction, "ASC")
    return sql.SQL(
        """
        SELECT p.batch_id, p.pressed_on, v.name AS variety,
               p.apples_kg, p.juice_litres,
               p.juice_litres / NULLIF(p.apples_kg, 0) AS litres_per_kg
          FROM pressing_log p JOIN varieties v ON v.id = p.variety_id
         WHERE p.pressed_on BETWEEN %(start)s AND %(end)s
         ORDER BY {column} {order}
        """
    ).format(column=sql.Identifier(column), order=sql.SQL(order))


@app.get("/reports/pressing")
def pressing_report(
    start: date,
    end: date,
    sort: str = Query("date"),
    direction: str = Query("asc"),
) -> list[dict]:
    query = build_query(sort, direction)
    with pool.connection() as conn:
        return conn.execute(query, {"start": start, "end": end}).fetchall()
