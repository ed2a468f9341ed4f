"""Weekly timesheet export for payroll.

The accounts team selects crew members in the back office and downloads
their hours for the pay week as a spreadsheet-friendly CSV.
"""
import csv
import io
from datetime import date, timedelta

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db

router = APIRouter()


def week_bounds(week_start: date) -> tuple[date, date]:
    return week_start, week_start + timedelta(days=6)


def load_hours(db: Session, crew_ids: str, start: date, end: date):
    stmt = text(
        "SELECT c.payroll_no, c.full_name, t.work_date, s.name AS site, "
        "       t.hours_normal, t.hours_overtime "
        "  FROM timesheets t "
        "  JOIN crew_members c ON c.id = t.crew_member_id "
        "  JOIN sites s ON s.id = t.site_id "
        f" WHERE t.crew_member_id IN ({crew_ids}) "
        "   AND t.work_date BETWEEN :start AND :end "
        " ORDER BY c.full_name, t.work_date"
    )
    return db.execute(stmt, {"start": start, "end": end}).all()


@router.get("/payroll/timesheets.csv")
def export_timesheets(
    week_start: date,
    crew: str = Query(..., description="comma-separated crew member ids"),
    db: Session = Depends(get_db),
):
    start, end = week_bounds(week_start)
    rows = load_hours(db, crew, start, end)

    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["payroll_no", "name", "date", "site", "normal", "overtime"])
    for r in rows:
        out.writerow([r.payroll_no, r.full_name, r.work_date.isoformat(), r.site,
                      r.hours_normal, r.hours_overtime])
    buf.seek(0)
    filename = f"timesheets-{start.isoformat()}.csv"
    return StreamingResponse(iter([buf.getvalue()]), media_type="text/csv",
                             headers={"Content-Disposition": f"attachment; filename={filename}"})
