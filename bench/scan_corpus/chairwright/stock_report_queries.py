"""Green-wood stock report: billets on hand by species, sortable from the stock room UI."""
from enum import Enum

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Connection

from .db import get_connection

router = APIRouter(prefix="/stock")


class SortKey(str, Enum):
    species = "species"
    age = "age"
    volume = "volume"
    moisture = "moisture"


SORT_COLUMNS = {
    SortKey.species: "b.species",
    SortKey.age: "b.felled_on",
    SortKey.volume: "total_volume",
    SortKey.moisture: "avg_moisture",
}


def stock_summary(conn: Connection, species: str | None, sort: SortKey, descending: bool):
    order_col = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    sql = f"""
        SELECT b.species, MIN(b.felled_on) AS felled_on,
               SUM(b.length_mm * b.width_mm * b.thickness_mm) / 1e9 AS total_volume,
               AVG(b.moisture_pct) AS avg_moisture, COUNT(*) AS billets
        FROM billets b
        WHERE b.used_on IS NULL AND (:species IS NULL OR b.species = :species)
        GROUP BY b.species, b.felled_on
        ORDER BY {order_col} {direction}
    """
    return conn.execute(text(sql), {"species": species}).mappings().all()


@router.get("/summary")
def summary(
    species: str | None = None,
    sort: SortKey = Query(SortKey.species),
    desc: bool = False,
    conn: Connection = Depends(get_connection),
):
    rows = stock_summary(conn, species, sort, desc)
    return [dict(r) for r in rows]
