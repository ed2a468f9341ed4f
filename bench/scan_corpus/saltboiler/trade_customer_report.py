"""Sales report of trade customers for the commercial team.

Lists wholesale and restaurant accounts in a region with their year-to-date
tonnage and last order date. The table in the back office can be sorted by
clicking a column header.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from psycopg import AsyncConnection
from psycopg.rows import dict_row

from saltboiler.db import get_async_conn

router = APIRouter(prefix="/reports")

REPORT_SQL = """
    SELECT a.id, a.name, a.kind, a.region,
           COALESCE(SUM(l.kg), 0) / 1000.0 AS tonnes_ytd,
           MAX(o.placed_at) AS last_order
      FROM trade_account a
      LEFT JOIN trade_order o ON o.account_id = a.id
           AND o.placed_at >= date_trunc('year', now())
      LEFT JOIN trade_order_line l ON l.order_id = o.id
     WHERE a.region = %(region)s
     GROUP BY a.id
     ORDER BY {order_by} {direction}
"""


def report_query(sort: str, descending: bool) -> str:
    return REPORT_SQL.format(order_by=sort, direction="DESC" if descending else "ASC")


@router.get("/trade-customers")
async def trade_customers(
    region: str,
    sort: str = Query("tonnes_ytd"),
    desc: bool = True,
    conn: AsyncConnection = Depends(get_async_conn),
):
    query = report_query(sort, desc)
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(query, {"region": region})
        rows = await cur.fetchall()
    return {"region": region, "accounts": rows}
