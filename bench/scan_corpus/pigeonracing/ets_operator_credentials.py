"""Login credentials for ETS clock operators at club marking stations.

Operators sign in on the station laptop before the clocks are set and
again when the race is closed, so every action is attributed.
"""
from __future__ import annotations

from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Boolean, DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class StationOperator(Base):
    __tablename__ = "station_operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    club_code: Mapped[str] = mapped_column(String(8), index=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[bytes] = mapped_column()
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OperatorCredentialPolicy:
    MIN_LENGTH = 12
    BCRYPT_ROUNDS = 8

    @classmethod
    def validate(cls, password: str) -> None:
        if len(password) < cls.MIN_LENGTH:
            raise ValueError(f"password must be at least {cls.MIN_LENGTH} characters")
        if password.isdigit():
            raise ValueError("password cannot be only digits")

    @classmethod
    def hash(cls, password: str) -> bytes:
        cls.validate(password)
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS))

    @staticmethod
    def check(password: str, hashed: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), hashed)


class OperatorService:
    def __init__(self, session: Session):
        self.session = session

    def create(self, club_code: str, username: str, password: str) -> StationOperator:
        operator = StationOperator(
            club_code=club_code.upper(),
            username=username.lower(),
            password_hash=OperatorCredentialPolicy.hash(password),
        )
        self.session.add(operator)
        self.session.commit()
        return operator

    def sign_in(self, username: str, password: str) -> StationOperator | None:
        operator = self.session.scalars(
            select(StationOperator).where(StationOperator.username == username.lower())
        ).first()
        if operator is None or not operator.enabled:
            return None
        if not OperatorCredentialPolicy.check(password, operator.password_hash):
            return None
        operator.last_login = datetime.now(timezone.utc)
        self.session.commit()
        return operator

    def change_password(self, operator: StationOperator, new_password: str) -> None:
        operator.password_hash = OperatorCredentialPolicy.hash(new_password)
        self.session.commit()
