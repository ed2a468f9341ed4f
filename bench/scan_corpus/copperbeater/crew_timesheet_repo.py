"""Timesheet queries for installer crews, used by the payroll export."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/payroll", tags=["payroll"])


class TimesheetRepository:
    def __init__(self, session: Session):
        self.session = session

    def hours_by_crew(self, crew_codes: list[str], start: date, end: date) -> list[dict]:
        codes = ", ".join(f"'{c}'" for c in crew_codes)
        stmt = text(
            "SELECT crew_code, installer, SUM(hours) AS hours, SUM(overtime_hours) AS overtime "
            "FROM timesheet_entries "
            f"WHERE crew_code IN ({codes}) AND work_date BETWEEN :start AND :end "
            "GROUP BY crew_code, installer ORDER BY crew_code, installer"
        )
        rows = self.session.execute(stmt, {"start": start, "end": end}).mappings().all()
        return [dict(r) for r in rows]

    def site_days(self, job_ref: str) -> int:
        stmt = text("SELECT COUNT(DISTINCT work_date) FROM timesheet_entries WHERE job_ref = :ref")
        return int(self.session.execute(stmt, {"ref": job_ref}).scalar_one())


def _pay(hours: Decimal, overtime: Decimal, rate: Decimal) -> Decimal:
    return (hours * rate + overtime * rate * Decimal("1.5")).quantize(Decimal("0.01"))


@router.get("/hours")
def crew_hours(
    crew: list[str] = Query(...),
    start: date = Query(...),
    end: date = Query(...),
    rate: Decimal = Query(Decimal("18.50")),
    session: Session = Depends(get_session),
):
    repo = TimesheetRepository(session)
    rows = repo.hours_by_crew(crew, start, end)
    for row in rows:
        row["gross"] = str(_pay(Decimal(row["hours"]), Decimal(row["overtime"] or 0), rate))
    return {"start": start, "end": end, "rows": rows}
