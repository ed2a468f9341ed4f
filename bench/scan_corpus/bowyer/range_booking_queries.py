"""Range booking lookups used by the front desk and the club portal."""
from dataclasses import dataclass
from datetime import date, datetime

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/bookings")


@dataclass
class BookingRow:
    id: int
    lane: int
    starts_at: datetime
    ends_at: datetime
    archer_name: str
    club_id: int | None


class BookingQueries:
    def __init__(self, session: Session):
        self.session = session

    def on_day_for_lanes(self, day: date, lanes: list[str]) -> list[BookingRow]:
        lane_list = ", ".join(lanes)
        stmt = text(
            "SELECT id, lane, starts_at, ends_at, archer_name, club_id FROM range_bookings "
            f"WHERE lane IN ({lane_list}) AND DATE(starts_at) = :day ORDER BY lane, starts_at"
        )
        result = self.session.execute(stmt, {"day": day})
        return [BookingRow(**row._mapping) for row in result]

    def for_club(self, club_id: int, day: date) -> list[BookingRow]:
        stmt = text(
            "SELECT id, lane, starts_at, ends_at, archer_name, club_id FROM range_bookings "
            "WHERE club_id = :club AND DATE(starts_at) = :day ORDER BY starts_at"
        )
        result = self.session.execute(stmt, {"club": club_id, "day": day})
        return [BookingRow(**row._mapping) for row in result]


@router.get("/day/{day}")
def bookings_for_day(
    day: date,
    lanes: str = Query("1,2,3,4,5,6", description="comma separated lane numbers"),
    session: Session = Depends(get_session),
):
    wanted = [part.strip() for part in lanes.split(",") if part.strip()]
    rows = BookingQueries(session).on_day_for_lanes(day, wanted)
    return [
        {"lane": r.lane, "from": r.starts_at.strftime("%H:%M"), "to": r.ends_at.strftime("%H:%M"),
         "archer": r.archer_name}
        for r in rows
    ]


@router.get("/club/{club_id}/{day}")
def bookings_for_club(club_id: int, day: date, session: Session = Depends(get_session)):
    return [r.__dict__ for r in BookingQueries(session).for_club(club_id, day)]
