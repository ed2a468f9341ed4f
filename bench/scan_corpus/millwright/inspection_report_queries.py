"""Inspection report summaries for the regional managers' dashboard.
Managers pick one or more site codes and a date window."""
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from millwright.db import get_session

router = APIRouter(prefix="/inspections")


def _summary_sql(site_codes: list[str]) -> str:
    codes = ", ".join(f"'{code}'" for code in site_codes)
    return f"""
        SELECT r.site_code,
               count(*)                                   AS reports,
               sum(CASE WHEN r.outcome = 'fail' THEN 1 ELSE 0 END) AS failures,
               max(r.inspected_on)                        AS last_inspected
          FROM inspection_reports r
         WHERE r.site_code IN ({codes})
           AND r.inspected_on BETWEEN :start AND :end
         GROUP BY r.site_code
         ORDER BY r.site_code
    """


def load_summary(db: Session, site_codes: list[str], start: date, end: date) -> list[dict]:
    if not site_codes:
        return []
    result = db.execute(text(_summary_sql(site_codes)), {"start": start, "end": end})
    return [dict(row._mapping) for row in result]


@router.get("/summary")
def inspection_summary(
    site: Annotated[list[str], Query()],
    start: date,
    end: date,
    db: Session = Depends(get_session),
):
    rows = load_summary(db, site, start, end)
    return {
        "window": {"start": start.isoformat(), "end": end.isoformat()},
        "sites": rows,
    }
