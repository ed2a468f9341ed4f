"""Dispatch board queries: which stops are on which delivery runs today."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from dispatch.db import get_db

router = APIRouter(prefix="/dispatch")


class StopOut(BaseModel):
    run_code: str
    seq: int
    customer: str
    postcode: str
    pallets: int
    status: str


def _stops_for_runs(db: Session, run_codes: list[str], run_date: date) -> list[StopOut]:
    in_list = ", ".join(f"'{code}'" for code in run_codes)
    stmt = text(
        "SELECT r.run_code, s.seq, s.customer, s.postcode, s.pallets, s.status "
        "FROM run_stops s JOIN delivery_runs r ON r.id = s.run_id "
        f"WHERE r.run_date = :run_date AND r.run_code IN ({in_list}) "
        "ORDER BY r.run_code, s.seq"
    )
    rows = db.execute(stmt, {"run_date": run_date}).mappings()
    return [StopOut(**row) for row in rows]


@router.get("/stops", response_model=list[StopOut])
def list_stops(
    runs: list[str] = Query(..., description="run codes, e.g. NORTH-AM"),
    run_date: date | None = None,
    db: Session = Depends(get_db),
) -> list[StopOut]:
    if not runs:
        return []
    return _stops_for_runs(db, runs, run_date or date.today())


@router.get("/runs/{run_code}/pallets")
def pallet_total(run_code: str, run_date: date | None = None, db: Session = Depends(get_db)) -> dict:
    total = db.execute(
        text(
            "SELECT COALESCE(SUM(s.pallets), 0) FROM run_stops s "
            "JOIN delivery_runs r ON r.id = s.run_id "
            "WHERE r.run_code = :code AND r.run_date = :d"
        ),
        {"code": run_code, "d": run_date or date.today()},
    ).scalar_one()
    return {"run_code": run_code, "pallets": total}
