"""Stock level report of raw materials per warehouse, for the purchasing team."""
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Query

from perfumer.config import settings

router = APIRouter(prefix="/reports")

BASE_QUERY = """
    SELECT m.cas_number, m.name, w.code AS warehouse, s.quantity_kg, s.reorder_level_kg,
           s.last_counted_at
    FROM stock_levels s
    JOIN materials m ON m.id = s.material_id
    JOIN warehouses w ON w.id = s.warehouse_id
    WHERE w.code = %(warehouse)s
    ORDER BY {order}
"""


@dataclass
class ReportRequest:
    warehouse: str
    sort: str = "m.name"
    below_reorder_only: bool = False

    def sql(self) -> str:
        return BASE_QUERY.format(order=self.sort)


@router.get("/stock")
def stock_report(
    warehouse: str = Query(...),
    sort: str = Query("m.name"),
    below_reorder_only: bool = False,
):
    report = ReportRequest(warehouse=warehouse, sort=sort, below_reorder_only=below_reorder_only)
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        rows = conn.execute(report.sql(), {"warehouse": report.warehouse}).fetchall()
    if report.below_reorder_only:
        rows = [r for r in rows if r["quantity_kg"] < r["reorder_level_kg"]]
    return {"warehouse": warehouse, "count": len(rows), "items": rows}
