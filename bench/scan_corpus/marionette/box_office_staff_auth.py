"""Sign-in for box-office staff working the ticket desk at touring venues."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class DeskUser(Base):
    __tablename__ = "desk_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    venue_code = Column(String(16), nullable=False)
    salt = Column(String(64), nullable=False)
    password_digest = Column(String(128), nullable=False)


@dataclass
class DeskLogin:
    username: str
    venue_code: str


def _hash_secret(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class DeskAuthService:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)

    def register(self, username: str, venue_code: str, password: str) -> DeskLogin:
        salt = secrets.token_hex(16)
        user = DeskUser(
            username=username,
            venue_code=venue_code,
            salt=salt,
            password_digest=_hash_secret(password, salt),
        )
        with Session(self._engine) as session:
            session.add(user)
            session.commit()
        return DeskLogin(username=username, venue_code=venue_code)

    def authenticate(self, username: str, password: str) -> Optional[DeskLogin]:
        with Session(self._engine) as session:
            user = session.scalars(
                select(DeskUser).where(DeskUser.username == username)
            ).first()
            if user is None:
                return None
            candidate = _hash_secret(password, user.salt)
            if not hmac.compare_digest(candidate, user.password_digest):
                return None
            return DeskLogin(username=user.username, venue_code=user.venue_code)

    def reset_password(self, username: str, new_password: str) -> bool:
        with Session(self._engine) as session:
            user = session.scalars(
                select(DeskUser).where(DeskUser.username == username)
            ).first()
            if user is None:
                return False
            user.salt = secrets.token_hex(16)
            user.password_digest = _hash_secret(new_password, user.salt)
            session.commit()
            return True
