"""Accounts for estimators who price up re-thatch and ridge jobs in the office app."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Boolean, Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


class Estimator(Base):
    __tablename__ = "estimators"

    id = Column(Integer, primary_key=True)
    email = Column(String(200), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    password_hash = Column(String(100), nullable=False)
    can_approve_discounts = Column(Boolean, default=False, nullable=False)
    last_login = Column(DateTime(timezone=True))


@dataclass
class LoginResult:
    estimator_id: int
    full_name: str
    can_approve_discounts: bool


class EstimatorAccounts:
    WORK_FACTOR = 8

    def __init__(self, database_url: str) -> None:
        engine = create_engine(database_url, pool_pre_ping=True)
        Base.metadata.create_all(engine)
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def _hash(self, password: str, rounds: int | None = None) -> str:
        salt = bcrypt.gensalt(rounds=rounds or self.WORK_FACTOR)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def create(self, email: str, full_name: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("estimator passwords must be at least 12 characters")
        with self._sessions.begin() as db:
            est = Estimator(
                email=email.lower(),
                full_name=full_name,
                password_hash=self._hash(password),
            )
            db.add(est)
            db.flush()
            return est.id

    def login(self, email: str, password: str) -> LoginResult | None:
        with self._sessions.begin() as db:  # type: Session
            est = db.execute(
                select(Estimator).where(Estimator.email == email.lower())
            ).scalar_one_or_none()
            if est is None:
                return None
            if not bcrypt.checkpw(password.encode("utf-8"), est.password_hash.encode("ascii")):
                return None
            est.last_login = datetime.now(timezone.utc)
            return LoginResult(est.id, est.full_name, est.can_approve_discounts)

    def reset_password(self, estimator_id: int, new_password: str) -> None:
        with self._sessions.begin() as db:
            est = db.get(Estimator, estimator_id)
            if est is None:
                raise LookupError(estimator_id)
            est.password_hash = self._hash(new_password)
