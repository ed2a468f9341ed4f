"""Email one-time codes for merchant-portal password resets."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

CODE_LIFETIME = timedelta(minutes=20)
MAX_TRIES = 5


class Base(DeclarativeBase):
    pass


class ResetCode(Base):
    __tablename__ = "reset_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    tries: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass
class ResetCodes:
    session: Session

    def issue(self, user_id: int) -> str:
        code = f"{secrets.randbelow(10**8):08d}"
        self.session.add(
            ResetCode(
                user_id=user_id,
                code_hash=_digest(code),
                expires_at=datetime.now(timezone.utc) + CODE_LIFETIME,
            )
        )
        self.session.commit()
        return code

    def redeem(self, user_id: int, submitted: str) -> bool:
        record = self.session.scalars(
            select(ResetCode)
            .where(ResetCode.user_id == user_id)
            .order_by(ResetCode.id.desc())
        ).first()
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return False
        if record.tries >= MAX_TRIES:
            return False
        record.tries += 1
        ok = secrets.compare_digest(_digest(submitted.strip()), record.code_hash)
        if ok:
            self.session.delete(record)
        self.session.commit()
        return ok
