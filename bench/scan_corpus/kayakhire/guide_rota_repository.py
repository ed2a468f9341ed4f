"""Data access for the guide rota: shifts, qualifications and swap requests."""

from __future__ import annotations

import os
from datetime import date

from sqlalchemy import Date, ForeignKey, String, create_engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

_DB = {
    "drivername": "postgresql+psycopg",
    "username": "rota_app",
    "password": "Kw4ter!Rota#2024",
    "host": os.environ["ROTA_DB_HOST"],
    "database": "guide_rota",
}


class Base(DeclarativeBase):
    pass


class Guide(Base):
    __tablename__ = "guides"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    swiftwater_cert: Mapped[bool] = mapped_column(default=False)


class Shift(Base):
    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id"))
    day: Mapped[date] = mapped_column(Date)
    slot: Mapped[str] = mapped_column(String(16))


def make_sessionmaker(**overrides: str) -> sessionmaker[Session]:
    engine = create_engine(URL.create(**{**_DB, **overrides}), pool_pre_ping=True)
    return sessionmaker(engine, expire_on_commit=False)


class RotaRepository:
    def __init__(self, factory: sessionmaker[Session] | None = None) -> None:
        self.factory = factory or make_sessionmaker()

    def guides_on(self, day: date) -> list[Guide]:
        with self.factory() as session:
            stmt = select(Guide).join(Shift, Shift.guide_id == Guide.id).where(Shift.day == day)
            return list(session.scalars(stmt))

    def certified_guides_on(self, day: date) -> list[Guide]:
        return [g for g in self.guides_on(day) if g.swiftwater_cert]

    def assign(self, guide_id: int, day: date, slot: str) -> None:
        with self.factory.begin() as session:
            session.add(Shift(guide_id=guide_id, day=day, slot=slot))
