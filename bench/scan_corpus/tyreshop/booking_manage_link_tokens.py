"""Self-service links for the online booking widget.

After a customer books a tyre change or an alignment slot, the confirmation
e-mail contains a link that lets them move or cancel the appointment without
logging in. The link carries an opaque token stored next to the booking.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

LINK_LIFETIME = timedelta(days=14)


class ManageLink(Base):
    __tablename__ = "booking_manage_links"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class LinkRequest:
    booking_id: int
    customer_email: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def issue_link(session: Session, request: LinkRequest, base_url: str) -> str:
    """Persist the token and return the URL placed in the confirmation e-mail."""
    link = ManageLink(
        booking_id=request.booking_id,
        token=request.token,
        expires_at=request.issued_at + LINK_LIFETIME,
    )
    session.add(link)
    session.commit()
    return f"{base_url.rstrip('/')}/booking/manage/{request.token}"


def resolve_link(session: Session, token: str) -> int | None:
    """Return the booking id for a token, dropping it when expired."""
    link = session.query(ManageLink).filter_by(token=token).one_or_none()
    if link is None:
        return None
    if link.expires_at < datetime.now(timezone.utc):
        session.delete(link)
        session.commit()
        return None
    return link.booking_id


def revoke_links_for_booking(session: Session, booking_id: int) -> int:
    removed = session.query(ManageLink).filter_by(booking_id=booking_id).delete()
    session.commit()
    return removed
