"""Credential handling for the marque experts' portal.

Each marque (Bentley, Lagonda, Riley, ...) has one or two technical
advisers who answer members' questions and sign off on authenticity
reports. They log in to a separate portal backed by this store.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class MarqueExpert(Base):
    __tablename__ = "marque_experts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    marque: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(255))


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


class ExpertCredentialStore:
    def __init__(self, session: Session, settings: HashSettings | None = None) -> None:
        self._session = session
        self._settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        s = self._settings
        salt = os.urandom(s.salt_bytes)
        dk = self._derive(password, salt, s.iterations, s.algorithm)
        return "pbkdf2_{}${}${}${}".format(
            s.algorithm,
            s.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        )

    def check(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        dk = self._derive(password, base64.b64decode(salt_b64), int(iterations), algorithm)
        return hmac.compare_digest(dk, base64.b64decode(hash_b64))

    def set_password(self, expert_id: int, password: str) -> None:
        expert = self._session.get(MarqueExpert, expert_id)
        if expert is None:
            raise LookupError(f"no marque expert with id {expert_id}")
        expert.password_hash = self.encode(password)
        self._session.commit()

    def authenticate(self, email: str, password: str) -> MarqueExpert | None:
        expert = self._session.scalars(
            select(MarqueExpert).where(MarqueExpert.email == email.lower())
        ).first()
        if expert is None or not self.check(password, expert.password_hash):
            return None
        return expert
