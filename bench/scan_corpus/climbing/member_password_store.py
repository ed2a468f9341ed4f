"""Password storage for the member portal (online bookings and membership renewals)."""
from __future__ import annotations

import base64
import hashlib as hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from climbing.models import MemberAccount

HASH_NAME = "sha256"
ITERATIONS = 100_000
SALT_BYTES = 16
SCHEME = "pbkdf2_sha256"


@dataclass(frozen=True)
class EncodedPassword:
    scheme: str
    iterations: int
    salt: bytes
    digest: bytes

    def serialize(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{self.scheme}${self.iterations}${salt}${digest}"

    @classmethod
    def parse(cls, value: str) -> "EncodedPassword":
        scheme, iterations, salt, digest = value.split("$", 3)
        return cls(
            scheme=scheme,
            iterations=int(iterations),
            salt=base64.b64decode(salt),
            digest=base64.b64decode(digest),
        )


def _derive(password: str, salt: bytes, rounds: int = ITERATIONS) -> bytes:
    return hl.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def encode_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    encoded = EncodedPassword(SCHEME, ITERATIONS, salt, _derive(password, salt))
    return encoded.serialize()


def check_password(password: str, stored: str) -> bool:
    encoded = EncodedPassword.parse(stored)
    if encoded.scheme != SCHEME:
        return False
    candidate = _derive(password, encoded.salt, encoded.iterations)
    return hmac.compare_digest(candidate, encoded.digest)


class MemberPasswordStore:
    """Reads and writes password hashes on member accounts."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _account(self, email: str) -> MemberAccount | None:
        stmt = select(MemberAccount).where(MemberAccount.email == email.lower())
        return self.session.scalars(stmt).first()

    def set_password(self, email: str, password: str) -> None:
        account = self._account(email)
        if account is None:
            raise LookupError(f"no member account for {email}")
        account.password_hash = encode_password(password)
        self.session.commit()

    def authenticate(self, email: str, password: str) -> MemberAccount | None:
        account = self._account(email)
        if account is None or not account.password_hash:
            return None
        if not check_password(password, account.password_hash):
            return None
        return account
