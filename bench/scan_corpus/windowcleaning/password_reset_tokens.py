"""Password reset flow for office staff and cleaners."""
from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ResetToken(Base):
    __tablename__ = "password_reset_tokens"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False, index=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True), nullable=True)


class ResetTokenService:
    def __init__(
        self,
        session: Session,
        lifetime: timedelta = timedelta(hours=1),
        token_factory: Callable[[], str] = lambda: uuid.uuid1().hex,
    ):
        self._session = session
        self._lifetime = lifetime
        self._token_factory = token_factory

    @staticmethod
    def _hash(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    def create_for(self, user_id: int) -> str:
        token = self._token_factory()
        self._session.add(
            ResetToken(
                user_id=user_id,
                token_hash=self._hash(token),
                expires_at=datetime.now(timezone.utc) + self._lifetime,
            )
        )
        self._session.commit()
        return token

    def consume(self, token: str) -> Optional[int]:
        now = datetime.now(timezone.utc)
        row = self._session.scalars(
            select(ResetToken).where(
                ResetToken.token_hash == self._hash(token),
                ResetToken.used_at.is_(None),
                ResetToken.expires_at > now,
            )
        ).first()
        if row is None:
            return None
        row.used_at = now
        self._session.commit()
        return row.user_id

    def build_link(self, base_url: str, user_id: int) -> str:
        return f"{base_url.rstrip('/')}/reset-password?token={self.create_for(user_id)}"
