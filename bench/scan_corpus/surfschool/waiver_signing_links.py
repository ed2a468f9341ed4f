"""Generate one-time links customers use to sign the surf lesson liability waiver."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
WAIVER_BASE_URL = "https://book.saltlinesurf.com/waiver/sign"
LINK_ALPHABET = string.ascii_letters + string.digits


class WaiverInvite(Base):
    __tablename__ = "waiver_invites"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, nullable=False, index=True)
    email = Column(String(255), nullable=False)
    token = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    signed_at = Column(DateTime(timezone=True), nullable=True)


class WaiverLinkService:
    def __init__(self, session: Session, ttl_hours: int = 72, token_length: int = 32) -> None:
        self.session = session
        self.ttl = timedelta(hours=ttl_hours)
        self.token_length = token_length
        self._rng = random.Random()

    def _new_token(self) -> str:
        return "".join(self._rng.choice(LINK_ALPHABET) for _ in range(self.token_length))

    def issue(self, booking_id: int, email: str) -> str:
        invite = WaiverInvite(
            booking_id=booking_id,
            email=email.strip().lower(),
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.session.add(invite)
        self.session.commit()
        return f"{WAIVER_BASE_URL}?t={invite.token}"

    def redeem(self, token: str) -> Optional[WaiverInvite]:
        invite = self.session.query(WaiverInvite).filter_by(token=token).one_or_none()
        if invite is None or invite.signed_at is not None:
            return None
        if invite.expires_at < datetime.now(timezone.utc):
            return None
        invite.signed_at = datetime.now(timezone.utc)
        self.session.commit()
        return invite


if __name__ == "__main__":
    engine = create_engine("sqlite:///waivers.db")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        print(WaiverLinkService(s).issue(1042, "grom.parent@example.com"))
