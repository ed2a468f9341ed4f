"""User accounts for media-agency planners in the booking portal."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Boolean, Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 12


class AgencyUser(Base):
    __tablename__ = "agency_users"

    id = Column(Integer, primary_key=True)
    agency_id = Column(Integer, nullable=False, index=True)
    email = Column(String(254), unique=True, nullable=False)
    password_hash = Column(String(72), nullable=False)
    active = Column(Boolean, default=True, nullable=False)


class AgencyUserStore:
    def __init__(self, database_url: str, policy: PasswordPolicy = PasswordPolicy()) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._policy = policy

    @staticmethod
    def avatar_key(email: str) -> str:
        """Cache key for the planner's avatar image, derived from the e-mail."""
        return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()

    def _hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self._policy.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def create(self, agency_id: int, email: str, password: str) -> int:
        if len(password) < self._policy.min_length:
            raise ValueError(f"password must be at least {self._policy.min_length} characters")
        user = AgencyUser(
            agency_id=agency_id,
            email=email.strip().lower(),
            password_hash=self._hash(password),
        )
        with Session(self._engine) as session:
            session.add(user)
            session.commit()
            return user.id

    def authenticate(self, email: str, password: str) -> AgencyUser | None:
        with Session(self._engine) as session:
            user = session.scalars(
                select(AgencyUser).where(
                    AgencyUser.email == email.strip().lower(), AgencyUser.active.is_(True)
                )
            ).first()
            if user is None:
                return None
            if bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
                session.expunge(user)
                return user
            return None
