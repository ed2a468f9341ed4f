"""Tutor directory search used by the public 'find a tutor' page."""
from __future__ import annotations

import os
from decimal import Decimal

from fastapi import FastAPI, Query
from sqlalchemy import Boolean, Column, Integer, Numeric, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
engine = create_engine(os.environ["DIRECTORY_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI()


class Tutor(Base):
    __tablename__ = "tutors"

    id = Column(Integer, primary_key=True)
    display_name = Column(String(120), nullable=False)
    subject = Column(String(60), nullable=False, index=True)
    level = Column(String(30), nullable=False)
    postcode_area = Column(String(8))
    hourly_rate = Column(Numeric(6, 2), nullable=False)
    online = Column(Boolean, default=True)
    listed = Column(Boolean, default=False)


def build_query(subject: str, level: str | None, area: str | None,
                max_rate: Decimal | None, online_only: bool):
    stmt = select(Tutor).where(Tutor.listed.is_(True), Tutor.subject == subject)
    if level:
        stmt = stmt.where(Tutor.level == level)
    if area:
        stmt = stmt.where(Tutor.postcode_area.ilike(f"{area.strip().upper()}%"))
    if max_rate is not None:
        stmt = stmt.where(Tutor.hourly_rate <= max_rate)
    if online_only:
        stmt = stmt.where(Tutor.online.is_(True))
    return stmt.order_by(Tutor.hourly_rate, Tutor.display_name).limit(50)


@app.get("/tutors")
def search_tutors(
    subject: str = Query(..., min_length=2, max_length=60),
    level: str | None = None,
    area: str | None = Query(None, max_length=4),
    max_rate: Decimal | None = None,
    online_only: bool = False,
):
    with Session(engine) as session:
        tutors = session.scalars(build_query(subject, level, area, max_rate, online_only)).all()
    return [
        {
            "id": t.id,
            "name": t.display_name,
            "subject": t.subject,
            "level": t.level,
            "area": t.postcode_area,
            "rate": str(t.hourly_rate),
            "online": t.online,
        }
        for t in tutors
    ]
