"""Read-only share links that let consignees follow a barge booking."""
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from bargeman.models import Booking, BookingShareLink
from bargeman.settings import settings

LINK_LIFETIME = timedelta(days=14)


def create_share_link(session: Session, booking: Booking, created_by: int) -> str:
    token = secrets.token_urlsafe(32)
    link = BookingShareLink(
        booking_id=booking.id,
        token=token,
        created_by=created_by,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    session.add(link)
    session.commit()
    return f"{settings.PUBLIC_BASE_URL}/track/{token}"


def resolve_share_link(session: Session, token: str) -> Booking | None:
    link = session.query(BookingShareLink).filter_by(token=token, revoked=False).one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        return None
    return session.get(Booking, link.booking_id)


def revoke_links(session: Session, booking: Booking) -> int:
    count = (
        session.query(BookingShareLink)
        .filter_by(booking_id=booking.id, revoked=False)
        .update({"revoked": True})
    )
    session.commit()
    return count
