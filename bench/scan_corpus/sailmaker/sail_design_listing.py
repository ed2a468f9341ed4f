"""List sail designs in the design office browser."""
import sqlite3
from enum import Enum
from typing import List, Optional

from fastapi import APIRouter, Depends, Query

router = APIRouter(prefix="/designs")

SORT_COLUMNS = {
    "updated": "d.updated_at",
    "boat": "d.boat_class",
    "area": "d.area_sqm",
    "designer": "u.display_name",
}


class SailType(str, Enum):
    main = "main"
    genoa = "genoa"
    jib = "jib"
    spinnaker = "spinnaker"
    code_zero = "code_zero"


def get_db():
    conn = sqlite3.connect("/var/lib/loft/designs.sqlite3")
    try:
        yield conn
    finally:
        conn.close()


def list_designs(conn, sail_type: Optional[SailType], boat: Optional[str],
                 sort: str, descending: bool, limit: int) -> List[dict]:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["updated"])
    where, params = ["1 = 1"], []
    if sail_type is not None:
        where.append("d.sail_type = ?")
        params.append(sail_type.value)
    if boat:
        where.append("d.boat_class LIKE ?")
        params.append(f"%{boat}%")
    sql = (
        "SELECT d.id, d.name, d.sail_type, d.boat_class, d.area_sqm, u.display_name "
        "FROM designs d JOIN users u ON u.id = d.designer_id "
        f"WHERE {' AND '.join(where)} ORDER BY {column} {'DESC' if descending else 'ASC'} LIMIT ?"
    )
    params.append(limit)
    keys = ("id", "name", "sail_type", "boat_class", "area_sqm", "designer")
    return [dict(zip(keys, row)) for row in conn.execute(sql, params)]


@router.get("")
def designs(
    sail_type: Optional[SailType] = None,
    boat: Optional[str] = None,
    sort: str = Query("updated"),
    desc: bool = True,
    limit: int = Query(50, le=200),
    conn=Depends(get_db),
):
    return list_designs(conn, sail_type, boat, sort, desc, limit)
