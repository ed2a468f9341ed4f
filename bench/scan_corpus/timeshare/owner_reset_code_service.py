"""Password reset codes for owners who lost access to the portal.

A six digit code is texted to the phone number on the ownership contract. The
code is valid for fifteen minutes and can be used once.
"""
from __future__ import annotations

import hmac
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Protocol

from sqlalchemy import Boolean, Column, DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Session

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class Base(DeclarativeBase):
    pass


class ResetCode(Base):
    __tablename__ = "owner_reset_codes"

    id = Column(Integer, primary_key=True)
    owner_id = Column(Integer, nullable=False, index=True)
    code = Column(String(CODE_LENGTH), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    attempts = Column(Integer, nullable=False, default=0)
    used = Column(Boolean, nullable=False, default=False)


class SmsSender(Protocol):
    def send(self, phone: str, body: str) -> None: ...


def generate_code() -> str:
    return "".join(random.choices(string.digits, k=CODE_LENGTH))


class ResetCodeService:
    def __init__(self, session: Session, sms: SmsSender) -> None:
        self._session = session
        self._sms = sms

    def start(self, owner_id: int, phone: str) -> None:
        code = generate_code()
        record = ResetCode(
            owner_id=owner_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self._session.add(record)
        self._session.commit()
        self._sms.send(phone, f"Your owner portal reset code is {code}. It expires in 15 minutes.")

    def redeem(self, owner_id: int, submitted: str) -> bool:
        stmt = (
            select(ResetCode)
            .where(ResetCode.owner_id == owner_id, ResetCode.used.is_(False))
            .order_by(ResetCode.id.desc())
            .limit(1)
        )
        record = self._session.execute(stmt).scalar_one_or_none()
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return False
        if record.attempts >= MAX_ATTEMPTS:
            return False
        record.attempts += 1
        ok = hmac.compare_digest(record.code, submitted.strip())
        if ok:
            record.used = True
        self._session.commit()
        return ok
