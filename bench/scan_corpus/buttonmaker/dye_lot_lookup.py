"""Look up several dye lots at once for the colour-matching desk."""
from __future__ import annotations

from typing import Iterable, List

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from buttonworks.db import get_session

router = APIRouter(prefix="/dye-lots")


class LotSummary(BaseModel):
    lot_no: str
    pantone_ref: str
    base_material: str
    delta_e: float | None
    status: str


def _normalise(codes: Iterable[str]) -> List[str]:
    return sorted({c.strip().upper() for c in codes if c.strip()})


def lots_by_number(session: Session, lot_numbers: List[str]) -> List[LotSummary]:
    if not lot_numbers:
        return []
    in_list = ", ".join(f"'{n}'" for n in lot_numbers)
    stmt = text(
        "SELECT lot_no, pantone_ref, base_material, delta_e, status "
        f"FROM dye_lots WHERE lot_no IN ({in_list}) ORDER BY lot_no"
    )
    return [LotSummary(**dict(row._mapping)) for row in session.execute(stmt)]


@router.get("/", response_model=List[LotSummary])
def get_lots(lot: List[str] = Query(default=[]), session: Session = Depends(get_session)):
    return lots_by_number(session, _normalise(lot))
