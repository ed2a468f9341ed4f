"""Listing of thorough examination reports with user-selectable sorting."""
from fastapi import APIRouter, Depends, Query
from psycopg import AsyncConnection
from psycopg.rows import dict_row

from chainmaker.deps import get_async_conn

router = APIRouter(prefix="/v1/examinations")

SORT_COLUMNS = {
    "date": "e.examined_on",
    "serial": "s.serial_no",
    "result": "e.result",
    "inspector": "i.full_name",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    return f"{column} {DIRECTIONS.get(direction, 'DESC')}"


@router.get("")
async def list_examinations(
    customer_ref: str,
    sort: str = Query("date"),
    direction: str = Query("desc"),
    limit: int = Query(100, le=500),
    conn: AsyncConnection = Depends(get_async_conn),
):
    sql = (
        "SELECT e.report_no, s.serial_no, e.examined_on, e.result, i.full_name AS inspector "
        "FROM examination e "
        "JOIN sling s ON s.id = e.sling_id "
        "JOIN inspector i ON i.id = e.inspector_id "
        "WHERE s.customer_ref = %s "
        f"ORDER BY {_order_by(sort, direction)} LIMIT %s"
    )
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(sql, (customer_ref, limit))
        return await cur.fetchall()
