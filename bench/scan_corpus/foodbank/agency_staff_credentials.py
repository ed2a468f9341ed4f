"""Credential handling for partner agency staff who place weekly food orders."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import NamedTuple

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KDF_NAME = "pbkdf2_sha256"
KDF_ITERATIONS = 720_000
SALT_LEN = 16


class AgencyStaffUser(Base):
    __tablename__ = "agency_staff_users"

    id = Column(Integer, primary_key=True)
    agency_id = Column(Integer, nullable=False, index=True)
    email = Column(String(254), unique=True, nullable=False)
    password_hash = Column(String(200), nullable=False)


class ParsedHash(NamedTuple):
    iterations: int
    salt: bytes
    digest: bytes


def _encode(iterations: int, salt: bytes, digest: bytes) -> str:
    b64 = lambda b: base64.b64encode(b).decode("ascii")
    return f"{KDF_NAME}${iterations}${b64(salt)}${b64(digest)}"


def _decode(stored: str) -> ParsedHash:
    name, iterations, salt, digest = stored.split("$")
    if name != KDF_NAME:
        raise ValueError(f"unknown hash scheme {name!r}")
    return ParsedHash(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def make_hash(password: str) -> str:
    salt = secrets.token_bytes(SALT_LEN)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, KDF_ITERATIONS)
    return _encode(KDF_ITERATIONS, salt, digest)


def check_hash(password: str, stored: str) -> bool:
    parsed = _decode(stored)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), parsed.salt, parsed.iterations)
    return hmac.compare_digest(candidate, parsed.digest)


def authenticate(session: Session, email: str, password: str) -> AgencyStaffUser | None:
    user = session.query(AgencyStaffUser).filter_by(email=email.lower()).one_or_none()
    if user is None or not check_hash(password, user.password_hash):
        return None
    if _decode(user.password_hash).iterations < KDF_ITERATIONS:
        user.password_hash = make_hash(password)
        session.commit()
    return user
