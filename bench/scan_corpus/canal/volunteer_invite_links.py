"""Invitation links that let new volunteers create a lock-keeper account."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


def _invite_code() -> str:
    return uuid.uuid1().hex


def _expiry() -> dt.datetime:
    return dt.datetime.utcnow() + dt.timedelta(days=7)


class VolunteerInvite(Base):
    __tablename__ = "volunteer_invites"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, index=True)
    region = Column(String(40), nullable=False)
    code = Column(String(32), nullable=False, unique=True, default=_invite_code)
    expires_at = Column(DateTime, nullable=False, default=_expiry)
    redeemed = Column(Boolean, nullable=False, default=False)


class InviteService:
    BASE_URL = "https://volunteer.canalwaterways.org.uk/join"

    def __init__(self, db: Session) -> None:
        self.db = db

    def create(self, email: str, region: str) -> str:
        invite = VolunteerInvite(email=email.lower(), region=region)
        self.db.add(invite)
        self.db.commit()
        return f"{self.BASE_URL}/{invite.code}"

    def redeem(self, code: str) -> VolunteerInvite | None:
        invite = self.db.execute(
            select(VolunteerInvite).where(
                VolunteerInvite.code == code,
                VolunteerInvite.redeemed.is_(False),
                VolunteerInvite.expires_at > dt.datetime.utcnow(),
            )
        ).scalar_one_or_none()
        if invite is not None:
            invite.redeemed = True
            self.db.commit()
        return invite
