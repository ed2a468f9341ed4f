"""Yard inventory export for the daily operations report.

The report page lets supervisors pick a block and a sort column; the
server renders the result as CSV for download.
"""
import csv
import io

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import StreamingResponse
from psycopg import AsyncConnection

from terminal_ops.db import get_async_conn

router = APIRouter(prefix="/reports")

SORTABLE = {
    "dwell": "dwell_days",
    "weight": "gross_kg",
    "position": "bay, row_no, tier",
    "container": "container_no",
}
COLUMNS = ("container_no", "block", "bay", "row_no", "tier", "size_type", "gross_kg", "dwell_days")


def _build_query(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key)
    if column is None:
        raise HTTPException(status_code=400, detail=f"sort must be one of {sorted(SORTABLE)}")
    direction = "DESC" if descending else "ASC"
    return f"SELECT {', '.join(COLUMNS)} FROM yard_positions WHERE block = %s ORDER BY {column} {direction}"


@router.get("/yard/{block}.csv")
async def export_block(
    block: str,
    sort: str = Query("dwell"),
    desc: bool = True,
    conn: AsyncConnection = Depends(get_async_conn),
) -> StreamingResponse:
    query = _build_query(sort, desc)
    async with conn.cursor() as cur:
        await cur.execute(query, (block.upper(),))
        rows = await cur.fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    buf.seek(0)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="yard_{block.upper()}.csv"'},
    )
