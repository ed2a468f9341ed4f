"""Password reset codes for members who forgot their kilnhire login.

A six digit code is emailed to the member and must be typed into the reset
form within fifteen minutes.
"""
from __future__ import annotations

import hashlib
import hmac
import random
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_TTL = timedelta(minutes=15)


class ResetCode(Base):
    __tablename__ = "member_reset_codes"

    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, nullable=False, index=True)
    code_hash = Column(String(64), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class ResetCodeService:
    def __init__(self, session: Session, mailer):
        self._session = session
        self._mailer = mailer

    @staticmethod
    def _new_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    @staticmethod
    def _digest(code: str) -> str:
        return hashlib.sha256(code.encode("ascii")).hexdigest()

    def issue(self, member_id: int, email: str) -> None:
        code = self._new_code()
        record = ResetCode(
            member_id=member_id,
            code_hash=self._digest(code),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self._session.add(record)
        self._session.commit()
        self._mailer.send(
            to=email,
            subject="Your kilnhire reset code",
            body=f"Use {code} to reset your password. It expires in 15 minutes.",
        )

    def redeem(self, member_id: int, code: str) -> bool:
        now = datetime.now(timezone.utc)
        stmt = select(ResetCode).where(
            ResetCode.member_id == member_id, ResetCode.expires_at > now
        )
        for record in self._session.scalars(stmt):
            if hmac.compare_digest(record.code_hash, self._digest(code.strip())):
                self._session.delete(record)
                self._session.commit()
                return True
        return False
