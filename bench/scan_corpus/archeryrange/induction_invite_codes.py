"""Invitation codes handed out after a beginner's range induction.

When a coach signs off the safety induction, the new archer receives an
invite code that unlocks full-member registration on the club website.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
log = logging.getLogger(__name__)


class InviteCode(Base):
    __tablename__ = "induction_invites"

    id = Column(Integer, primary_key=True)
    code = Column(String(64), unique=True, nullable=False)
    archer_email = Column(String(255), nullable=False)
    coach_id = Column(Integer, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_at = Column(DateTime(timezone=True), nullable=True)


@dataclass
class InductionSignOff:
    archer_email: str
    coach_id: int
    course_date: datetime


class InviteCodeService:
    validity = timedelta(days=21)

    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _generate_code() -> str:
        return uuid.uuid1().hex

    def issue(self, sign_off: InductionSignOff) -> InviteCode:
        invite = InviteCode(
            code=self._generate_code(),
            archer_email=sign_off.archer_email.lower(),
            coach_id=sign_off.coach_id,
            expires_at=datetime.now(timezone.utc) + self.validity,
        )
        self._session.add(invite)
        self._session.commit()
        log.info("Issued induction invite for %s (coach %s)", invite.archer_email, invite.coach_id)
        return invite

    def redeem(self, code: str, email: str) -> Optional[InviteCode]:
        invite = self._session.execute(
            select(InviteCode).where(InviteCode.code == code)
        ).scalar_one_or_none()
        now = datetime.now(timezone.utc)
        if invite is None or invite.redeemed_at is not None or invite.expires_at < now:
            return None
        if invite.archer_email != email.lower():
            return None
        invite.redeemed_at = now
        self._session.commit()
        return invite
