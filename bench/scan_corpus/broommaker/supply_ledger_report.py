"""Raw-material ledger report: birch, heather, ling, hazel and ash deliveries."""

from datetime import date
from decimal import Decimal

import psycopg2
import psycopg2.extras
from fastapi import APIRouter, Depends, Query

from .deps import get_pg_conn, require_office_user

router = APIRouter(prefix="/office/supply", dependencies=[Depends(require_office_user)])

REPORT_SQL = """
    SELECT d.delivered_on, s.name AS supplier, d.material, d.bundles,
           d.cost_pence, d.moisture_pct
    FROM deliveries d
    JOIN suppliers s ON s.id = d.supplier_id
    WHERE d.delivered_on BETWEEN %(start)s AND %(end)s
      AND (%(material)s IS NULL OR d.material = %(material)s)
    ORDER BY {order} {direction}
"""


def build_query(sort: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return REPORT_SQL.format(order=sort, direction=direction)


def fetch_ledger(conn, start: date, end: date, material: str | None, sort: str, descending: bool):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            build_query(sort, descending),
            {"start": start, "end": end, "material": material},
        )
        return cur.fetchall()


@router.get("/ledger")
def ledger(
    start: date,
    end: date,
    material: str | None = None,
    sort: str = Query("delivered_on"),
    desc: bool = True,
    conn: psycopg2.extensions.connection = Depends(get_pg_conn),
):
    rows = fetch_ledger(conn, start, end, material, sort, desc)
    total_cost = sum((Decimal(r["cost_pence"]) for r in rows), Decimal(0)) / 100
    total_bundles = sum(r["bundles"] for r in rows)
    return {
        "rows": rows,
        "total_bundles": total_bundles,
        "total_cost_gbp": str(total_cost.quantize(Decimal("0.01"))),
    }
