"""Stock valuation report for the parts store, with a sortable table in
the back-office UI. Sort column and direction come from the query string."""
from enum import Enum

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from millwright.settings import Settings, get_settings

router = APIRouter()

SORTABLE = {
    "sku": "p.sku",
    "description": "p.description",
    "on_hand": "s.on_hand",
    "value": "s.on_hand * p.unit_cost",
    "last_movement": "s.last_movement_at",
}


class Direction(str, Enum):
    asc = "asc"
    desc = "desc"


def stock_query(sort: str, direction: Direction) -> str:
    column = SORTABLE.get(sort, SORTABLE["sku"])
    return (
        "SELECT p.sku, p.description, s.depot, s.on_hand, "
        "       s.on_hand * p.unit_cost AS value, s.last_movement_at "
        "FROM parts p JOIN stock s ON s.sku = p.sku "
        "WHERE s.depot = %(depot)s AND s.on_hand >= %(min_qty)s "
        f"ORDER BY {column} {direction.value.upper()}"
    )


@router.get("/reports/stock")
def stock_report(
    depot: str,
    sort: str = "sku",
    direction: Direction = Direction.asc,
    min_qty: int = Query(0, ge=0),
    settings: Settings = Depends(get_settings),
):
    sql = stock_query(sort, direction)
    with psycopg.connect(settings.parts_dsn, row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"depot": depot, "min_qty": min_qty}).fetchall()
    total = sum(r["value"] for r in rows)
    return {"depot": depot, "total_value": str(total), "rows": rows}
