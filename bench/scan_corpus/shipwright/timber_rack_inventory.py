"""Rack-by-rack timber inventory for the stores clerk's stock-take screen.

The clerk can sort the listing by any of a handful of columns; the listing is
also exported to the accounts team at the end of each month.
"""
import asyncpg
from fastapi import APIRouter, Depends, HTTPException, Query

from shipwright.db import get_pool

router = APIRouter(prefix="/stores/racks")

SORTABLE_COLUMNS = {
    "species": "b.species",
    "thickness": "b.thickness_mm",
    "length": "b.length_mm",
    "received": "d.received_on",
    "moisture": "b.moisture_pct",
}


def order_clause(sort: str, descending: bool) -> str:
    column = SORTABLE_COLUMNS.get(sort)
    if column is None:
        raise HTTPException(400, f"Cannot sort by {sort!r}")
    return f"{column} {'DESC' if descending else 'ASC'}"


@router.get("/{rack}")
async def rack_listing(
    rack: str,
    sort: str = Query("species"),
    descending: bool = Query(False),
    pool: asyncpg.Pool = Depends(get_pool),
):
    sql = (
        "SELECT b.tag, b.species, b.thickness_mm, b.length_mm, b.moisture_pct, d.received_on"
        " FROM timber_boards b JOIN timber_deliveries d ON d.id = b.delivery_id"
        f" WHERE b.rack = $1 ORDER BY {order_clause(sort, descending)}"
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, rack.upper())
    return {"rack": rack.upper(), "boards": [dict(r) for r in rows]}
