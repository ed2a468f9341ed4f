"""Credential hashing for packhouse and office staff logins."""
import base64
import hashlib as hl
import hmac
import logging
import secrets
from typing import Tuple

from sqlalchemy import Boolean, Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class KdfPolicy:
    DIGEST = "sha256"
    ITERATIONS = 600_000
    SALT_BYTES = 16


class StaffUser(Base):
    __tablename__ = "staff_users"
    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    is_active = Column(Boolean, default=True)


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(KdfPolicy.DIGEST, password.encode("utf-8"), salt, iterations)


def make_hash(password: str) -> str:
    salt = secrets.token_bytes(KdfPolicy.SALT_BYTES)
    digest = _pbkdf2(password, salt, KdfPolicy.ITERATIONS)
    return "%s$%d$%s$%s" % (
        KdfPolicy.DIGEST,
        KdfPolicy.ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def split_hash(stored: str) -> Tuple[int, bytes, bytes]:
    _, iterations, salt_b64, digest_b64 = stored.split("$")
    return int(iterations), base64.b64decode(salt_b64), base64.b64decode(digest_b64)


def verify(password: str, stored: str) -> bool:
    try:
        iterations, salt, expected = split_hash(stored)
    except ValueError:
        log.warning("Malformed password hash encountered")
        return False
    return hmac.compare_digest(_pbkdf2(password, salt, iterations), expected)


def needs_rehash(stored: str) -> bool:
    iterations, _, _ = split_hash(stored)
    return iterations < KdfPolicy.ITERATIONS


class StaffDirectory:
    def __init__(self, url: str):
        self.engine = create_engine(url, future=True)

    def login(self, username: str, password: str) -> bool:
        with Session(self.engine) as session:
            user = session.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None or not user.is_active:
                return False
            if not verify(password, user.password_hash):
                return False
            if needs_rehash(user.password_hash):
                user.password_hash = make_hash(password)
                session.commit()
            return True
