"""Attendance lookups for community workshops, used by session leaders."""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from studio.db import get_session

router = APIRouter(prefix="/attendance")

ATTENDANCE_QUERY = text(
    """
    SELECT s.id AS session_id, s.held_on, s.venue, a.participant_name, a.postcode_area, a.age_band
    FROM workshop_sessions s
    JOIN attendances a ON a.session_id = s.id
    WHERE s.venue ILIKE :venue
      AND s.held_on BETWEEN :start AND :end
    ORDER BY s.held_on, a.participant_name
    """
)


def find_attendance(db: Session, venue: str, start: date, end: date) -> list[dict]:
    pattern = f"%{venue}%"
    result = db.execute(ATTENDANCE_QUERY, {"venue": pattern, "start": start, "end": end})
    return [dict(row._mapping) for row in result]


@router.get("")
def attendance(
    venue: str = Query(..., min_length=2),
    start: date = Query(...),
    end: date = Query(...),
    db: Session = Depends(get_session),
):
    rows = find_attendance(db, venue, start, end)
    by_session: dict[int, dict] = {}
    for row in rows:
        entry = by_session.setdefault(
            row["session_id"],
            {"held_on": row["held_on"].isoformat(), "venue": row["venue"], "people": []},
        )
        entry["people"].append(
            {"name": row["participant_name"], "area": row["postcode_area"], "age": row["age_band"]}
        )
    return list(by_session.values())
