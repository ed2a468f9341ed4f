"""Yard inventory search API for the planning desk.

Yard planners filter boxes in a block by dwell time, weight class and
reefer status, and sort the result by whichever column they are working
with in the grid.
"""
from fastapi import APIRouter, Depends, Query
from psycopg import AsyncConnection
from psycopg.rows import dict_row

from terminal_ops.config import settings
from terminal_ops.db import get_async_conn

router = APIRouter(prefix="/yard")

BASE_SELECT = """
    SELECT container_no, block, bay, row_no, tier, size_type, gross_kg, dwell_days, reefer
    FROM yard_positions
    WHERE block = %(block)s AND dwell_days >= %(min_dwell)s
"""


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return f" ORDER BY {sort} {direction}, container_no"


async def fetch_block(conn: AsyncConnection, block: str, min_dwell: int, order_sql: str, limit: int) -> list[dict]:
    query = BASE_SELECT + order_sql + " LIMIT %(limit)s"
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(query, {"block": block, "min_dwell": min_dwell, "limit": limit})
        return await cur.fetchall()


@router.get("/blocks/{block}/containers")
async def list_block(
    block: str,
    min_dwell: int = 0,
    sort: str = Query("dwell_days"),
    direction: str = Query("desc"),
    conn: AsyncConnection = Depends(get_async_conn),
) -> dict:
    rows = await fetch_block(
        conn,
        block.upper(),
        min_dwell,
        _order_clause(sort, direction),
        settings.YARD_PAGE_SIZE,
    )
    return {"block": block.upper(), "count": len(rows), "containers": rows}
