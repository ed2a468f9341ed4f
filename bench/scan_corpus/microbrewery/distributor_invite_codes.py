"""Invite codes that let a new distributor register on the trade portal."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 12
INVITE_TTL = timedelta(days=7)


class DistributorInvite(Base):
    __tablename__ = "distributor_invites"

    id = Column(Integer, primary_key=True)
    company_name = Column(String(200), nullable=False)
    contact_email = Column(String(200), nullable=False)
    code = Column(String(32), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_at = Column(DateTime(timezone=True), nullable=True)


def new_invite_code() -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=INVITE_LENGTH))


class InviteService:
    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url, future=True)
        Base.metadata.create_all(self.engine)

    def issue(self, company_name: str, contact_email: str) -> str:
        code = new_invite_code()
        with Session(self.engine) as session:
            session.add(
                DistributorInvite(
                    company_name=company_name,
                    contact_email=contact_email.lower(),
                    code=code,
                    expires_at=datetime.now(timezone.utc) + INVITE_TTL,
                )
            )
            session.commit()
        return code

    def redeem(self, code: str) -> DistributorInvite | None:
        now = datetime.now(timezone.utc)
        with Session(self.engine) as session:
            invite = session.scalars(
                select(DistributorInvite).where(DistributorInvite.code == code)
            ).first()
            if invite is None or invite.redeemed_at is not None:
                return None
            if invite.expires_at < now:
                return None
            invite.redeemed_at = now
            session.commit()
            session.refresh(invite)
            return invite
