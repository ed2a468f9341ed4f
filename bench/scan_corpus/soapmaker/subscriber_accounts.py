"""Accounts for subscription box customers (monthly soap and skincare boxes)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import bcrypt
from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class Subscriber(Base):
    __tablename__ = "subscribers"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)
    plan = Column(String(32), nullable=False, default="monthly")
    created_at = Column(DateTime(timezone=True), nullable=False)


def hash_password(plain: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def password_matches(plain: str, stored: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), stored)


@dataclass
class SignupRequest:
    email: str
    password: str
    plan: str = "monthly"


class SubscriberService:
    PLANS = {"monthly", "quarterly", "annual"}

    def __init__(self, session: Session) -> None:
        self.session = session

    def register(self, req: SignupRequest) -> Subscriber:
        if req.plan not in self.PLANS:
            raise ValueError("unknown plan")
        if len(req.password) < 10:
            raise ValueError("password too short")
        sub = Subscriber(
            email=req.email.strip().lower(),
            password_hash=hash_password(req.password),
            plan=req.plan,
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(sub)
        self.session.commit()
        log.info("new subscriber %s on plan %s", sub.id, sub.plan)
        return sub

    def authenticate(self, email: str, password: str) -> Optional[Subscriber]:
        sub = self.session.scalars(
            select(Subscriber).where(Subscriber.email == email.strip().lower())
        ).first()
        if sub is None or not password_matches(password, sub.password_hash):
            return None
        return sub

    def change_password(self, sub: Subscriber, old: str, new: str) -> bool:
        if not password_matches(old, sub.password_hash):
            return False
        sub.password_hash = hash_password(new)
        self.session.commit()
        return True
