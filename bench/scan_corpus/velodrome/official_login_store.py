"""Credential storage for commissaires and timing officials at race meetings."""
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
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    extra: dict = field(default_factory=dict)


DEFAULT_SETTINGS = HashSettings()


class Official(Base):
    __tablename__ = "officials"
    id = Column(Integer, primary_key=True)
    licence_no = Column(String(32), unique=True, nullable=False)
    role = Column(String(32), nullable=False)
    password_hash = Column(String(255), nullable=False)


class OfficialPasswordHasher:
    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS):
        self.settings = settings

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        dk = hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        )

    def verify(self, password: str, encoded: str) -> bool:
        scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        dk = hashlib.pbkdf2_hmac(
            algorithm,
            password.encode("utf-8"),
            base64.b64decode(salt_b64),
            int(iterations),
        )
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))


class OfficialStore:
    def __init__(self, dsn: str, hasher: OfficialPasswordHasher | None = None):
        self.engine = create_engine(dsn, future=True)
        self.hasher = hasher or OfficialPasswordHasher()

    def create(self, licence_no: str, role: str, password: str) -> int:
        with Session(self.engine) as db:
            official = Official(
                licence_no=licence_no,
                role=role,
                password_hash=self.hasher.encode(password),
            )
            db.add(official)
            db.commit()
            return official.id

    def authenticate(self, licence_no: str, password: str) -> Official | None:
        with Session(self.engine) as db:
            official = db.scalars(
                select(Official).where(Official.licence_no == licence_no)
            ).first()
            if official and self.hasher.verify(password, official.password_hash):
                return official
        return None
