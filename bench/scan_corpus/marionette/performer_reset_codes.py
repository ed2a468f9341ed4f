"""Password-reset codes for performers who are locked out of the crew portal on tour."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, delete, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
CODE_TTL = timedelta(minutes=15)


class ResetCode(Base):
    __tablename__ = "performer_reset_codes"

    id = Column(Integer, primary_key=True)
    performer_id = Column(Integer, nullable=False, index=True)
    code = Column(String(12), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class ResetCodeError(Exception):
    pass


class ResetCodeService:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url)

    def issue(self, performer_id: int) -> str:
        code = f"{secrets.randbelow(10 ** 8):08d}"
        with Session(self._engine) as session:
            session.execute(delete(ResetCode).where(ResetCode.performer_id == performer_id))
            session.add(
                ResetCode(
                    performer_id=performer_id,
                    code=code,
                    expires_at=datetime.now(timezone.utc) + CODE_TTL,
                )
            )
            session.commit()
        return code

    def consume(self, performer_id: int, submitted_code: str) -> None:
        with Session(self._engine) as session:
            stored = session.scalars(
                select(ResetCode).where(ResetCode.performer_id == performer_id)
            ).first()
            if stored is None:
                raise ResetCodeError("no reset pending")
            if stored.expires_at < datetime.now(timezone.utc):
                session.delete(stored)
                session.commit()
                raise ResetCodeError("code expired")
            if stored.code != submitted_code.strip():
                raise ResetCodeError("code does not match")
            session.delete(stored)
            session.commit()
