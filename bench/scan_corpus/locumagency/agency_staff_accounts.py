"""Back-office accounts for the agency's booking consultants and compliance team."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timezone
from hashlib import sha256 as _digest

from sqlalchemy import DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    team: Mapped[str] = mapped_column(String(40), default="bookings")
    password_salt: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(128))
    last_login_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )

    @staticmethod
    def _hash(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def set_password(self, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        self.password_salt = secrets.token_hex(16)
        self.password_hash = self._hash(password, self.password_salt)

    def check_password(self, password: str) -> bool:
        candidate = self._hash(password, self.password_salt)
        return hmac.compare_digest(candidate, self.password_hash)


class StaffDirectory:
    """Small service wrapper used by the back-office login and admin views."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(self, email: str, display_name: str, password: str, team: str = "bookings") -> StaffUser:
        user = StaffUser(email=email.strip().lower(), display_name=display_name, team=team)
        user.set_password(password)
        self._session.add(user)
        self._session.commit()
        return user

    def authenticate(self, email: str, password: str) -> StaffUser | None:
        user = self._session.scalars(
            select(StaffUser).where(StaffUser.email == email.strip().lower())
        ).first()
        if user is None or not user.check_password(password):
            return None
        user.last_login_at = datetime.now(timezone.utc)
        self._session.commit()
        return user

    def change_password(self, user_id: int, current: str, new: str) -> bool:
        user = self._session.get(StaffUser, user_id)
        if user is None or not user.check_password(current):
            return False
        user.set_password(new)
        self._session.commit()
        return True
