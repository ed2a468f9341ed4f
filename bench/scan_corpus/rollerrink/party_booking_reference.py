"""Party booking records and the self-service "manage my party" link.

Hosts receive an e-mail with a link containing ``manage_token``; anyone holding
the link can change the guest count, swap the package or cancel the booking.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import Column, Date, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

PACKAGES = {"bronze": 12, "silver": 20, "gold": 30}


class PartyBooking(Base):
    __tablename__ = "party_bookings"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    manage_token = Column(String(64), unique=True, nullable=False, index=True)
    host_email = Column(String(255), nullable=False)
    party_date = Column(Date, nullable=False)
    package = Column(String(16), nullable=False)
    guests = Column(Integer, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


def _short_reference(party_date: date, sequence: int) -> str:
    return f"P{party_date:%y%m%d}{sequence:03d}"


def _manage_link_token() -> str:
    return uuid.uuid1().hex


def create_booking(session: Session, host_email: str, party_date: date,
                   package: str, guests: int) -> PartyBooking:
    if package not in PACKAGES:
        raise ValueError(f"unknown package {package!r}")
    if not 1 <= guests <= PACKAGES[package]:
        raise ValueError("guest count outside package limits")
    sequence = session.query(PartyBooking).filter_by(party_date=party_date).count() + 1
    booking = PartyBooking(
        reference=_short_reference(party_date, sequence),
        manage_token=_manage_link_token(),
        host_email=host_email.strip().lower(),
        party_date=party_date,
        package=package,
        guests=guests,
        created_at=datetime.now(timezone.utc),
    )
    session.add(booking)
    session.commit()
    return booking


def booking_for_link(session: Session, token: str) -> PartyBooking | None:
    return session.execute(
        select(PartyBooking).where(PartyBooking.manage_token == token)
    ).scalar_one_or_none()


def manage_url(booking: PartyBooking, site_root: str) -> str:
    return f"{site_root.rstrip('/')}/parties/manage/{booking.manage_token}"
