"""Firing log export for the kiln room dashboard."""
from datetime import date
from typing import List

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/kilns")


class FiringEntry(BaseModel):
    kiln_code: str
    batch_ref: str
    peak_c: int
    soak_seconds: int
    fired_on: date
    operator: str


def _firings_for(db: Session, kiln_codes: List[str], since: date) -> list:
    quoted = ", ".join(f"'{code}'" for code in kiln_codes)
    stmt = text(
        "SELECT kiln_code, batch_ref, peak_c, soak_seconds, fired_on, operator "
        f"FROM firing_log WHERE kiln_code IN ({quoted}) AND fired_on >= :since "
        "ORDER BY fired_on DESC, kiln_code"
    )
    return db.execute(stmt, {"since": since}).mappings().all()


@router.get("/firings", response_model=List[FiringEntry])
def list_firings(
    kiln: List[str] = Query(default=["K1"]),
    since: date = Query(default_factory=lambda: date.today().replace(day=1)),
    db: Session = Depends(get_session),
):
    rows = _firings_for(db, kiln, since)
    return [FiringEntry(**row) for row in rows]


@router.get("/firings/summary")
def firing_summary(db: Session = Depends(get_session)):
    rows = db.execute(
        text(
            "SELECT kiln_code, count(*) AS firings, max(peak_c) AS hottest "
            "FROM firing_log GROUP BY kiln_code ORDER BY kiln_code"
        )
    ).mappings().all()
    return {row["kiln_code"]: {"firings": row["firings"], "hottest": row["hottest"]} for row in rows}
