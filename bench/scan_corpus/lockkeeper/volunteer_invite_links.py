"""Invitation links for new volunteer lock keepers.

A coordinator invites a volunteer by e-mail; the link lets them set up their
rota account once and expires after a week.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Invite(Base):
    __tablename__ = "volunteer_invites"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False)
    lock_group = Column(String(64), nullable=False)
    token = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    accepted_at = Column(DateTime(timezone=True))


@dataclass
class InviteService:
    session: Session
    base_url: str
    ttl: timedelta = timedelta(days=7)

    @staticmethod
    def new_token(nbytes: int = 32) -> str:
        return secrets.token_urlsafe(nbytes)

    def invite(self, email: str, lock_group: str) -> str:
        invite = Invite(
            email=email.strip().lower(),
            lock_group=lock_group,
            token=self.new_token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.session.add(invite)
        self.session.commit()
        return f"{self.base_url.rstrip('/')}/join/{invite.token}"

    def accept(self, token: str) -> Invite | None:
        stmt = select(Invite).where(Invite.token == token)
        invite = self.session.execute(stmt).scalar_one_or_none()
        now = datetime.now(timezone.utc)
        if invite is None or invite.accepted_at is not None or invite.expires_at < now:
            return None
        invite.accepted_at = now
        self.session.commit()
        return invite

    def pending(self, lock_group: str) -> list[str]:
        stmt = select(Invite.email).where(
            Invite.lock_group == lock_group,
            Invite.accepted_at.is_(None),
            Invite.expires_at >= datetime.now(timezone.utc),
        )
        return list(self.session.execute(stmt).scalars())
