"""Crew schedule queries for the bookings coordinator.

Each crew (a master thatcher plus one or two labourers) is booked onto jobs
by the week. The coordinator filters the schedule by crew, by village and by
whether scaffolding is confirmed.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, and_, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class CrewBooking(Base):
    __tablename__ = "crew_bookings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crew_code: Mapped[str] = mapped_column(String(16))
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    village: Mapped[str] = mapped_column(String(80))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    scaffold_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


@dataclass
class ScheduleFilter:
    week_start: date
    week_end: date
    crew_code: str | None = None
    village: str | None = None
    scaffold_only: bool = False


class CrewScheduleRepository:
    def __init__(self, session: Session):
        self.session = session

    def bookings(self, f: ScheduleFilter) -> list[CrewBooking]:
        conditions = [
            CrewBooking.starts_on <= f.week_end,
            CrewBooking.ends_on >= f.week_start,
        ]
        if f.crew_code:
            conditions.append(CrewBooking.crew_code == f.crew_code)
        if f.village:
            conditions.append(CrewBooking.village.ilike(f"%{f.village}%"))
        if f.scaffold_only:
            conditions.append(CrewBooking.scaffold_confirmed.is_(True))
        stmt = select(CrewBooking).where(and_(*conditions)).order_by(CrewBooking.starts_on)
        return list(self.session.scalars(stmt))

    def clashes(self, crew_code: str, starts_on: date, ends_on: date) -> list[CrewBooking]:
        stmt = select(CrewBooking).where(
            CrewBooking.crew_code == crew_code,
            CrewBooking.starts_on <= ends_on,
            CrewBooking.ends_on >= starts_on,
        )
        return list(self.session.scalars(stmt))
