"""Rota search for the duty manager dashboard."""

from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_session, require_duty_manager

router = APIRouter(prefix="/rota", dependencies=[Depends(require_duty_manager)])


def _name_filter(term: str) -> str:
    return f"(l.first_name ILIKE '%{term}%' OR l.last_name ILIKE '%{term}%')"


def _build_where(name: Optional[str], qualification: Optional[str]) -> tuple[str, dict]:
    clauses = ["s.shift_date BETWEEN :start AND :end"]
    params: dict = {}
    if name:
        clauses.append(_name_filter(name))
    if qualification:
        clauses.append("l.qualification = :qualification")
        params["qualification"] = qualification
    return " AND ".join(clauses), params


@router.get("/shifts")
def search_shifts(
    start: date,
    end: date,
    name: Optional[str] = Query(default=None, max_length=60),
    qualification: Optional[str] = Query(default=None),
    db: Session = Depends(get_session),
):
    where, params = _build_where(name, qualification)
    params.update(start=start, end=end)
    stmt = text(
        "SELECT s.id, s.shift_date, s.starts_at, s.ends_at, s.station, "
        "l.first_name, l.last_name, l.qualification "
        "FROM rota_shifts s JOIN lifeguards l ON l.id = s.lifeguard_id "
        f"WHERE {where} ORDER BY s.shift_date, s.starts_at"
    )
    rows = db.execute(stmt, params).mappings().all()
    return [
        {
            "shift_id": r["id"],
            "date": r["shift_date"].isoformat(),
            "starts_at": r["starts_at"].strftime("%H:%M"),
            "ends_at": r["ends_at"].strftime("%H:%M"),
            "station": r["station"],
            "lifeguard": f"{r['first_name']} {r['last_name']}",
            "qualification": r["qualification"],
        }
        for r in rows
    ]
