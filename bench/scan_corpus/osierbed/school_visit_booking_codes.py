"""Booking references for school visits to the willow beds.

Teachers book a morning on the farm (weaving, cutting demonstration, den
building). The reference in the confirmation email is also what they type
into the "manage my booking" page to change pupil numbers or cancel.
"""

import random
import string
from datetime import date

from sqlalchemy import Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

REFERENCE_ALPHABET = string.ascii_uppercase + string.digits
REFERENCE_LENGTH = 8
MAX_PUPILS_PER_SESSION = 34


class SchoolVisit(Base):
    __tablename__ = "school_visits"

    id = Column(Integer, primary_key=True)
    school_name = Column(String(200), nullable=False)
    contact_email = Column(String(200), nullable=False)
    visit_date = Column(Date, nullable=False)
    activity = Column(String(40), nullable=False)
    pupils = Column(Integer, nullable=False)
    reference = Column(String(16), unique=True, nullable=False)


def _make_reference(length: int = REFERENCE_LENGTH) -> str:
    return "".join(random.choices(REFERENCE_ALPHABET, k=length))


def _unused_reference(session: Session) -> str:
    while True:
        candidate = _make_reference()
        clash = session.scalar(
            select(SchoolVisit.id).where(SchoolVisit.reference == candidate)
        )
        if clash is None:
            return candidate


def book_visit(
    session: Session,
    school_name: str,
    contact_email: str,
    visit_date: date,
    activity: str,
    pupils: int,
) -> SchoolVisit:
    if pupils > MAX_PUPILS_PER_SESSION:
        raise ValueError("Sessions take at most one class plus helpers")
    visit = SchoolVisit(
        school_name=school_name.strip(),
        contact_email=contact_email.strip().lower(),
        visit_date=visit_date,
        activity=activity,
        pupils=pupils,
        reference=_unused_reference(session),
    )
    session.add(visit)
    session.commit()
    return visit


def find_booking(session: Session, reference: str, contact_email: str) -> SchoolVisit | None:
    stmt = select(SchoolVisit).where(
        SchoolVisit.reference == reference.strip().upper(),
        SchoolVisit.contact_email == contact_email.strip().lower(),
    )
    return session.scalar(stmt)
