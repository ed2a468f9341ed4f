"""Sortable listing of grading reports for the sales desk.

The grid in the sales UI lets staff sort by any visible column and flip
the direction; the filter values themselves are bound as parameters.
"""
import sqlite3

from fastapi import APIRouter, Depends, Query

from sawyer.api.deps import get_sqlite, require_staff

router = APIRouter(prefix="/grading", dependencies=[Depends(require_staff)])

SORTABLE = {
    "report": "report_no",
    "pack": "pack_no",
    "species": "species",
    "grade": "grade",
    "volume": "volume_m3",
    "date": "graded_on",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, "graded_on")
    way = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {way}, report_no"


@router.get("/listing")
def listing(
    species: str | None = None,
    sort: str = "date",
    direction: str = Query("desc"),
    limit: int = Query(50, le=500),
    db: sqlite3.Connection = Depends(get_sqlite),
):
    where, params = "", []
    if species:
        where = "WHERE species = ?"
        params.append(species)
    sql = (
        "SELECT report_no, pack_no, species, grade, volume_m3, graded_on "
        f"FROM grading_reports {where} {order_clause(sort, direction)} LIMIT ?"
    )
    params.append(limit)
    rows = db.execute(sql, params).fetchall()
    return [dict(zip(SORTABLE.values(), row)) for row in rows]
