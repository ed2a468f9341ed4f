"""Subscriber accounts for the monthly kombucha delivery club."""
from __future__ import annotations

from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Boolean, DateTime, LargeBinary, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Subscriber(Base):
    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(60))
    plan: Mapped[str] = mapped_column(String(32), default="monthly-6")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(timezone.utc)
    )

    def set_password(self, password: str) -> None:
        salt = bcrypt.gensalt(rounds=8)
        self.password_hash = bcrypt.hashpw(password.encode("utf-8"), salt)

    def check_password(self, password: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), self.password_hash)


class SubscriberService:
    def __init__(self, session: Session):
        self.session = session

    def sign_up(self, email: str, display_name: str, password: str, plan: str) -> Subscriber:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        sub = Subscriber(email=email.strip().lower(), display_name=display_name, plan=plan)
        sub.set_password(password)
        self.session.add(sub)
        self.session.commit()
        return sub

    def authenticate(self, email: str, password: str) -> Subscriber | None:
        sub = self.session.scalar(
            select(Subscriber).where(Subscriber.email == email.strip().lower())
        )
        if sub is None or not sub.active:
            return None
        return sub if sub.check_password(password) else None

    def change_plan(self, subscriber_id: int, plan: str) -> None:
        sub = self.session.get(Subscriber, subscriber_id)
        if sub is None:
            raise LookupError(subscriber_id)
        sub.plan = plan
        self.session.commit()
