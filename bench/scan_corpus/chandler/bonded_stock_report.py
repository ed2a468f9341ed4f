"""Bonded stock on hand report for the warehouse manager and the customs
officer's monthly visit.
"""
import csv
import io
from dataclasses import dataclass

import psycopg
from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from psycopg.rows import dict_row

from chandler.db import get_conn

router = APIRouter(prefix="/reports/bonded")

STOCK_SQL = """
    SELECT p.sku, p.description, p.duty_category, b.code AS bin,
           s.qty_on_hand, s.qty_reserved, s.last_movement_at
      FROM bonded_stock s
      JOIN products p ON p.id = s.product_id
      JOIN bins b ON b.id = s.bin_id
     WHERE s.warehouse_id = %(warehouse_id)s
  ORDER BY {order_by} {direction}
"""


@dataclass
class ReportOptions:
    warehouse_id: int
    sort: str = "sku"
    descending: bool = False

    def order_clause(self) -> dict[str, str]:
        return {"order_by": self.sort, "direction": "DESC" if self.descending else "ASC"}


def fetch_stock(conn: psycopg.Connection, opts: ReportOptions) -> list[dict]:
    query = STOCK_SQL.format(**opts.order_clause())
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, {"warehouse_id": opts.warehouse_id})
        return cur.fetchall()


@router.get("/stock.csv")
def stock_csv(
    warehouse_id: int,
    sort: str = Query("sku"),
    desc: bool = False,
    conn: psycopg.Connection = Depends(get_conn),
):
    rows = fetch_stock(conn, ReportOptions(warehouse_id, sort, desc))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else ["sku"])
    writer.writeheader()
    writer.writerows(rows)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": f"attachment; filename=bonded_stock_{warehouse_id}.csv"},
    )
