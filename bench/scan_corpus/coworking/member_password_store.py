"""Password storage for the member portal.

Hashes live in the ``member_credentials`` table and are encoded as
``pbkdf2_<alg>$<iterations>$<salt>$<digest>`` so they can be re-hashed later.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 60_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashPolicy()


class MemberCredential(Base):
    __tablename__ = "member_credentials"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


def _derive(password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy.algorithm, policy.iterations)
    return "$".join(
        [
            f"pbkdf2_{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = _derive(password, base64.b64decode(salt_b64), algorithm, int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_member_password(session: Session, email: str, password: str) -> None:
    row = session.scalar(select(MemberCredential).where(MemberCredential.email == email))
    if row is None:
        row = MemberCredential(email=email, password_hash="")
        session.add(row)
    row.password_hash = encode_password(password)
    session.commit()


def authenticate_member(session: Session, email: str, password: str) -> bool:
    row = session.scalar(select(MemberCredential).where(MemberCredential.email == email))
    if row is None:
        return False
    return check_password(password, row.password_hash)
