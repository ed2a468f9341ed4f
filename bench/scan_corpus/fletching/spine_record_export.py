"""Export of spine test records for a customer's arrow set (CSV download)."""
import csv
import io
from enum import Enum

import psycopg
from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from psycopg.rows import dict_row

from .deps import get_conn, require_staff

router = APIRouter(prefix="/spine-tests")


class SortField(str, Enum):
    tested_at = "tested_at"
    arrow_no = "arrow_no"
    deflection = "static_deflection"
    weight = "total_grains"


COLUMNS = ["arrow_no", "shaft_sku", "static_deflection", "total_grains", "foc_percent", "tested_by", "tested_at"]


def fetch_records(conn: psycopg.Connection, order_id: int, sort: SortField, descending: bool) -> list[dict]:
    direction = "DESC" if descending else "ASC"
    query = (
        f"SELECT {', '.join(COLUMNS)} FROM spine_tests "
        f"WHERE order_id = %s ORDER BY {sort.value} {direction}, arrow_no"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, (order_id,))
        return cur.fetchall()


@router.get("/orders/{order_id}.csv")
def export_csv(
    order_id: int,
    sort: SortField = Query(SortField.arrow_no),
    desc: bool = False,
    conn: psycopg.Connection = Depends(get_conn),
    staff=Depends(require_staff),
):
    rows = fetch_records(conn, order_id, sort, desc)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    headers = {"Content-Disposition": f'attachment; filename="order-{order_id}-spine.csv"'}
    return StreamingResponse(iter([buf.getvalue()]), media_type="text/csv", headers=headers)
