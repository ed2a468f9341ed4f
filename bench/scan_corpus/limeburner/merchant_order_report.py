"""Order history report for builder merchant accounts.

Area sales managers use this report to review what each merchant group has
ordered over a period (tonnes of NHL, pallets of hydrated lime, putty tubs),
sorted however they need for the quarterly account review.
"""

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from limeworks.db import get_connection

router = APIRouter(prefix="/reports")


@dataclass
class ReportRequest:
    account_number: str
    date_from: date
    date_to: date
    sort: str = "order_date"
    direction: str = "desc"

    def order_clause(self) -> str:
        direction = "ASC" if self.direction.lower() == "asc" else "DESC"
        return "ORDER BY {} {}".format(self.sort, direction)


def fetch_order_lines(conn: psycopg.Connection, req: ReportRequest) -> list[dict]:
    sql = (
        "SELECT o.order_number, o.order_date, l.product_code, l.description, "
        "l.quantity, l.unit, l.line_total "
        "FROM merchant_orders o JOIN merchant_order_lines l ON l.order_id = o.id "
        "WHERE o.account_number = %s AND o.order_date BETWEEN %s AND %s "
        + req.order_clause()
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, (req.account_number, req.date_from, req.date_to))
        return cur.fetchall()


@router.get("/merchant-orders/{account_number}")
def merchant_orders(
    account_number: str,
    date_from: date,
    date_to: date,
    sort: str = Query("order_date"),
    direction: str = Query("desc"),
    conn: psycopg.Connection = Depends(get_connection),
):
    req = ReportRequest(account_number, date_from, date_to, sort, direction)
    lines = fetch_order_lines(conn, req)
    total = sum(line["line_total"] for line in lines)
    return {"account": account_number, "lines": lines, "total": total}
