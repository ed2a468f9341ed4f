"""Password hashing for surety-company auditors who sign in to review bonds.

The surety's auditors get read-only accounts on our portal. Their passwords
are stored as PBKDF2 strings so they can be migrated to the surety's own IdP.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


@dataclass(frozen=True)
class Pbkdf2Settings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


PBKDF2 = Pbkdf2Settings()


class Base(DeclarativeBase):
    pass


class SuretyAuditor(Base):
    __tablename__ = "surety_auditors"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    surety_code: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))


def make_hash(password: str, settings: Pbkdf2Settings = PBKDF2) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${salt.hex()}${digest.hex()}"


def check_hash(password: str, encoded: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    candidate = hashlib.pbkdf2_hmac(
        scheme.removeprefix("pbkdf2_"),
        password.encode("utf-8"),
        bytes.fromhex(salt_hex),
        int(iterations),
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


def needs_rehash(encoded: str, settings: Pbkdf2Settings = PBKDF2) -> bool:
    return int(encoded.split("$")[1]) < settings.iterations


def create_auditor(db: Session, email: str, surety_code: str, password: str) -> SuretyAuditor:
    auditor = SuretyAuditor(email=email.lower(), surety_code=surety_code, password_hash=make_hash(password))
    db.add(auditor)
    db.commit()
    return auditor


def authenticate(db: Session, email: str, password: str) -> SuretyAuditor | None:
    auditor = db.scalar(select(SuretyAuditor).where(SuretyAuditor.email == email.lower()))
    if auditor is None or not check_hash(password, auditor.password_hash):
        return None
    if needs_rehash(auditor.password_hash):
        auditor.password_hash = make_hash(password)
        db.commit()
    return auditor
