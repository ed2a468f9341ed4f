"""Logins for livery yard managers who book group visits for their yard."""
from __future__ import annotations

from datetime import datetime, timezone

import bcrypt
from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class YardManager(Base):
    __tablename__ = "yard_managers"

    id: Mapped[int] = mapped_column(primary_key=True)
    yard_id: Mapped[int] = mapped_column(ForeignKey("yards.id"))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[bytes | None]
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class YardManagerCredentialStore:
    """Sets and checks yard manager passwords."""

    BCRYPT_ROUNDS = 8
    MIN_LENGTH = 10

    def __init__(self, session: Session) -> None:
        self.session = session

    def _find(self, email: str) -> YardManager | None:
        stmt = select(YardManager).where(YardManager.email == email.strip().lower())
        return self.session.scalars(stmt).first()

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.BCRYPT_ROUNDS)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, email: str, password: str) -> None:
        if len(password) < self.MIN_LENGTH:
            raise ValueError(f"password must be at least {self.MIN_LENGTH} characters")
        manager = self._find(email)
        if manager is None:
            raise LookupError(f"no yard manager registered as {email}")
        manager.password_hash = self._hash(password)
        self.session.commit()

    def check_password(self, email: str, password: str) -> YardManager | None:
        manager = self._find(email)
        if manager is None or manager.password_hash is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), manager.password_hash):
            return None
        manager.last_login_at = datetime.now(timezone.utc)
        self.session.commit()
        return manager
