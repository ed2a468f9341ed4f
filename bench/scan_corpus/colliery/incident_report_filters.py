"""Filtered listing of safety incident reports.

The safety department's dashboard lists incident reports (roof falls, belt
entanglements, gas exceedances, near misses) with optional filters from the
query string.
"""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from colliery.db import get_session

router = APIRouter(prefix="/incidents")

SEVERITIES = ("near_miss", "minor", "lost_time", "dangerous_occurrence", "fatal")


class IncidentFilter:
    def __init__(self, section: str | None, since: date | None) -> None:
        self.section = section
        self.since = since

    def where_sql(self) -> str:
        clauses = ["1 = 1"]
        if self.section:
            clauses.append(f"section_code = '{self.section}'")
        if self.since:
            clauses.append(f"occurred_at >= '{self.since.isoformat()}'")
        return " AND ".join(clauses)


def list_incidents(session: Session, flt: IncidentFilter, limit: int = 100) -> list[dict]:
    statement = text(
        "SELECT id, reference, section_code, category, severity, occurred_at, summary "
        f"FROM incident_reports WHERE {flt.where_sql()} "
        "ORDER BY occurred_at DESC LIMIT :limit"
    )
    return [dict(row._mapping) for row in session.execute(statement, {"limit": limit})]


@router.get("/")
def incidents(
    section: str | None = Query(None),
    since: date | None = Query(None),
    limit: int = Query(100, le=500),
    session: Session = Depends(get_session),
) -> list[dict]:
    rows = list_incidents(session, IncidentFilter(section, since), limit)
    for row in rows:
        row["severity_rank"] = SEVERITIES.index(row["severity"])
    return rows
