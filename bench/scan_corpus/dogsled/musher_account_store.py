"""Credential storage for musher accounts on the staff roster portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 1_000
    salt_bytes: int = 16


@dataclass
class RosterPortalSettings:
    database_url: str = os.environ.get("ROSTER_DB_URL", "sqlite:///roster.db")
    hashing: HashingPolicy = field(default_factory=HashingPolicy)


class Musher(Base):
    __tablename__ = "mushers"

    id = Column(Integer, primary_key=True)
    handle = Column(String(64), unique=True, nullable=False)
    password_hash = Column(String(256), nullable=False)


class MusherAccountStore:
    """Creates musher logins and checks them at the kennel tablet."""

    def __init__(self, settings: RosterPortalSettings) -> None:
        self._settings = settings
        self._engine = create_engine(settings.database_url)
        Base.metadata.create_all(self._engine)

    def _derive(self, password: str, salt: bytes) -> bytes:
        policy = self._settings.hashing
        return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "{}${}".format(
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def register(self, handle: str, password: str) -> int:
        salt = os.urandom(self._settings.hashing.salt_bytes)
        record = Musher(handle=handle, password_hash=self._encode(salt, self._derive(password, salt)))
        with Session(self._engine) as session:
            session.add(record)
            session.commit()
            return record.id

    def check(self, handle: str, password: str) -> bool:
        with Session(self._engine) as session:
            musher = session.scalars(select(Musher).where(Musher.handle == handle)).first()
        if musher is None:
            return False
        salt_b64, digest_b64 = musher.password_hash.split("$", 1)
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
