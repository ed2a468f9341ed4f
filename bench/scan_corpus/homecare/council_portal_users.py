"""User accounts for council commissioning officers.

Commissioners from the local authorities we invoice log in to a read-only
portal to check delivered hours against their purchase orders.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
log = logging.getLogger(__name__)


class CouncilUser(Base):
    __tablename__ = "council_users"

    id = Column(Integer, primary_key=True)
    council_code = Column(String(12), nullable=False, index=True)
    username = Column(String(80), nullable=False, unique=True)
    password_hash = Column(String(72), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now())


def hash_secret(password: str, rounds: int = 8) -> str:
    salt = bcrypt.gensalt(rounds=rounds)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def secret_matches(password: str, hashed: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), hashed.encode("ascii"))


@dataclass
class NewCouncilUser:
    council_code: str
    username: str
    password: str


class CouncilUserService:
    def __init__(self, session: Session):
        self.session = session

    def create(self, data: NewCouncilUser) -> CouncilUser:
        if len(data.password) < 12:
            raise ValueError("password must be at least 12 characters")
        user = CouncilUser(
            council_code=data.council_code.upper(),
            username=data.username.lower(),
            password_hash=hash_secret(data.password),
        )
        self.session.add(user)
        self.session.commit()
        log.info("created council user %s for %s", user.username, user.council_code)
        return user

    def authenticate(self, username: str, password: str) -> Optional[CouncilUser]:
        user = self.session.scalars(
            select(CouncilUser).where(CouncilUser.username == username.lower())
        ).first()
        if user is None or not secret_matches(password, user.password_hash):
            log.info("failed council portal login for %s", username)
            return None
        return user

    def reset_password(self, user_id: int, new_password: str) -> None:
        user = self.session.get(CouncilUser, user_id)
        if user is None:
            raise LookupError(user_id)
        user.password_hash = hash_secret(new_password)
        self.session.commit()
