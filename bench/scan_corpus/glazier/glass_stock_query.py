"""Off-cut and stock sheet availability for the cutting room.

Cutters check whether a pane can come out of an existing off-cut before a
new jumbo sheet is opened.
"""
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db

router = APIRouter(prefix="/stock")


@dataclass
class SheetFilter:
    glass_type: str
    thickness_mm: float
    min_width: int
    min_height: int


def _stock_sql(f: SheetFilter) -> str:
    return (
        "SELECT id, rack, glass_type, thickness_mm, width_mm, height_mm, is_offcut "
        "FROM glass_stock "
        f"WHERE glass_type = '{f.glass_type}' "
        "AND thickness_mm = :thickness "
        "AND ((width_mm >= :w AND height_mm >= :h) OR (width_mm >= :h AND height_mm >= :w)) "
        "ORDER BY is_offcut DESC, width_mm * height_mm ASC"
    )


def find_sheets(db: Session, f: SheetFilter) -> list[dict]:
    rows = db.execute(
        text(_stock_sql(f)),
        {"thickness": f.thickness_mm, "w": f.min_width, "h": f.min_height},
    )
    return [dict(r._mapping) for r in rows]


@router.get("/sheets")
def sheets(
    glass_type: str = Query(..., description="e.g. 'float', 'low-e', 'laminated', 'obscure'"),
    thickness_mm: float = Query(4.0),
    width: int = Query(..., gt=0),
    height: int = Query(..., gt=0),
    db: Session = Depends(get_db),
):
    f = SheetFilter(glass_type, thickness_mm, width, height)
    results = find_sheets(db, f)
    return {"count": len(results), "sheets": results}
