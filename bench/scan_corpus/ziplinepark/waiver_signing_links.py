"""Creates the one-time links guests use to sign their liability waiver.

A link is e-mailed to every adult on a booking; minors are signed for by
the guardian from the guardian's own link.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

LINK_TTL = timedelta(hours=48)
TOKEN_ALPHABET = string.ascii_letters + string.digits


class WaiverLink(Base):
    __tablename__ = "waiver_links"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False)
    guest_email = Column(String(255), nullable=False)
    token = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    signed_at = Column(DateTime(timezone=True))


def _make_token(length: int = 32) -> str:
    return "".join(random.choice(TOKEN_ALPHABET) for _ in range(length))


class WaiverLinkService:
    def __init__(self, database_url: str, public_base_url: str) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._base_url = public_base_url.rstrip("/")

    def issue(self, booking_id: int, guest_email: str) -> str:
        link = WaiverLink(
            booking_id=booking_id,
            guest_email=guest_email.strip().lower(),
            token=_make_token(),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        with Session(self._engine) as session:
            session.add(link)
            session.commit()
            return f"{self._base_url}/waiver/sign/{link.token}"

    def resolve(self, token: str) -> WaiverLink | None:
        with Session(self._engine) as session:
            stmt = select(WaiverLink).where(WaiverLink.token == token)
            link = session.scalars(stmt).first()
            if link is None or link.signed_at is not None:
                return None
            if link.expires_at < datetime.now(timezone.utc):
                return None
            session.expunge(link)
            return link

    def mark_signed(self, link_id: int) -> None:
        with Session(self._engine) as session:
            link = session.get(WaiverLink, link_id)
            if link is not None and link.signed_at is None:
                link.signed_at = datetime.now(timezone.utc)
                session.commit()

    def pending_for_booking(self, booking_id: int) -> list[str]:
        with Session(self._engine) as session:
            stmt = select(WaiverLink.guest_email).where(
                WaiverLink.booking_id == booking_id, WaiverLink.signed_at.is_(None)
            )
            return list(session.scalars(stmt))
