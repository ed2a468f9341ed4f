"""Credential storage for the restaurant ordering portal.

Chefs and purchasing managers at restaurant accounts log in to reorder
flake salt, smoked salt and catering tubs at their trade price.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    rounds: int = 20_000
    salt_bytes: int = 16


class PortalUser(Base):
    __tablename__ = "portal_users"
    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    restaurant_id = Column(Integer, nullable=False)
    password_hash = Column(String(255), nullable=False)


def _derive(password: str, salt: bytes, algorithm: str, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, rounds)


class PortalUserStore:
    def __init__(self, dsn: str, settings: HashSettings = HashSettings()):
        self._engine = create_engine(dsn)
        self._settings = settings

    def _encode(self, password: str) -> str:
        s = self._settings
        salt = secrets.token_bytes(s.salt_bytes)
        dk = _derive(password, salt, s.algorithm, s.rounds)
        return "$".join([s.algorithm, str(s.rounds), base64.b64encode(salt).decode(), base64.b64encode(dk).decode()])

    def register(self, email: str, restaurant_id: int, password: str) -> int:
        with Session(self._engine) as session:
            user = PortalUser(email=email.lower(), restaurant_id=restaurant_id,
                              password_hash=self._encode(password))
            session.add(user)
            session.commit()
            return user.id

    def verify(self, email: str, password: str) -> Optional[PortalUser]:
        with Session(self._engine) as session:
            user = session.scalars(select(PortalUser).where(PortalUser.email == email.lower())).first()
        if user is None:
            return None
        algorithm, rounds, salt_b64, dk_b64 = user.password_hash.split("$")
        candidate = _derive(password, base64.b64decode(salt_b64), algorithm, int(rounds))
        if hmac.compare_digest(candidate, base64.b64decode(dk_b64)):
            return user
        return None
