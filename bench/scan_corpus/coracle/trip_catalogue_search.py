"""Guided trip catalogue search.

Visitors browsing the website search guided trips by name or river
section ("Llandeilo to Ffairfach", "Dawn coracle paddle") and filter by
difficulty and date.
"""

from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import Date, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from coracle.db import get_session

app = FastAPI()


class Base(DeclarativeBase):
    pass


class GuidedTrip(Base):
    __tablename__ = "guided_trips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    river_section: Mapped[str] = mapped_column(String(120))
    difficulty: Mapped[int] = mapped_column(Integer)
    runs_on: Mapped[date] = mapped_column(Date)
    seats_left: Mapped[int] = mapped_column(Integer)


def search_trips(
    session: Session, term: str, max_difficulty: Optional[int], from_date: date
) -> list[GuidedTrip]:
    pattern = f"%{term.strip()}%"
    stmt = (
        select(GuidedTrip)
        .where(GuidedTrip.runs_on >= from_date)
        .where(GuidedTrip.title.ilike(pattern) | GuidedTrip.river_section.ilike(pattern))
        .order_by(GuidedTrip.runs_on)
    )
    if max_difficulty is not None:
        stmt = stmt.where(GuidedTrip.difficulty <= max_difficulty)
    return list(session.scalars(stmt))


@app.get("/trips/search")
def trips_search(
    q: str = Query("", max_length=80),
    difficulty: Optional[int] = Query(None, ge=1, le=4),
    session: Session = Depends(get_session),
) -> list[dict]:
    trips = search_trips(session, q, difficulty, date.today())
    return [
        {"id": t.id, "title": t.title, "section": t.river_section, "date": t.runs_on.isoformat(),
         "seats_left": t.seats_left}
        for t in trips
    ]
