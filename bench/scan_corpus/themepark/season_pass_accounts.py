"""Season pass holder accounts: registration and login for the guest portal."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PassHolder

HASH_NAME = "sha256"
SALT_BYTES = 16
# tuned so that portal login stays under 50ms on the small pods
KDF_ROUNDS = 120_000


@dataclass
class Credentials:
    email: str
    password: str


def _derive(password: str, salt: bytes, rounds: int = KDF_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


class PassHolderAccounts:
    def __init__(self, db: Session):
        self._db = db

    def register(self, creds: Credentials, pass_number: str) -> PassHolder:
        salt = os.urandom(SALT_BYTES)
        holder = PassHolder(
            email=creds.email.lower().strip(),
            pass_number=pass_number,
            password_salt=salt,
            password_hash=_derive(creds.password, salt),
        )
        self._db.add(holder)
        self._db.commit()
        return holder

    def authenticate(self, creds: Credentials) -> PassHolder | None:
        stmt = select(PassHolder).where(PassHolder.email == creds.email.lower().strip())
        holder = self._db.execute(stmt).scalar_one_or_none()
        if holder is None:
            return None
        candidate = _derive(creds.password, holder.password_salt)
        if not hmac.compare_digest(candidate, holder.password_hash):
            return None
        return holder
