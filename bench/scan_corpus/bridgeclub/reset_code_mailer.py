"""One-time codes mailed to members who forgot their portal password."""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clubdb.models import Member, ResetCode
from clubmail import send_template

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class IssuedCode:
    member_id: int
    expires_at: datetime


class ResetCodeMailer:
    def __init__(self, db: Session) -> None:
        self._db = db

    @staticmethod
    def generate_code() -> str:
        return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"

    def issue(self, email: str) -> Optional[IssuedCode]:
        member = self._db.execute(
            select(Member).where(Member.email == email.lower(), Member.active.is_(True))
        ).scalar_one_or_none()
        if member is None:
            return None
        code = self.generate_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        self._db.execute(delete(ResetCode).where(ResetCode.member_id == member.id))
        self._db.add(ResetCode(member_id=member.id, code=code, expires_at=expires, attempts=0))
        self._db.commit()
        send_template(member.email, "password_reset_code", {"code": code, "minutes": 15})
        return IssuedCode(member_id=member.id, expires_at=expires)

    def redeem(self, member_id: int, submitted: str) -> bool:
        record = self._db.execute(
            select(ResetCode).where(ResetCode.member_id == member_id)
        ).scalar_one_or_none()
        if record is None:
            return False
        if record.attempts >= MAX_ATTEMPTS or record.expires_at < datetime.now(timezone.utc):
            self._db.delete(record)
            self._db.commit()
            return False
        if not hmac.compare_digest(record.code, submitted.strip()):
            record.attempts += 1
            self._db.commit()
            return False
        self._db.delete(record)
        self._db.commit()
        return True
