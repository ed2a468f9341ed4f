"""Crew portal account storage.

Skippers and deckhands log into the crew portal to upload certificates and
check the charter rota. Accounts live in the ``crew_user`` table; the hash
format is self-describing so the round count can be raised later.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from marina.models import CrewUser

HASH_NAME = "sha256"
HASH_ROUNDS = 100_000
SALT_BYTES = 16


@dataclass(frozen=True)
class HashedPassword:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                "pbkdf2",
                HASH_NAME,
                str(HASH_ROUNDS),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )


def _derive(password: str, salt: bytes, rounds: int = HASH_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> HashedPassword:
    salt = os.urandom(SALT_BYTES)
    return HashedPassword(salt=salt, digest=_derive(password, salt))


def verify_password(password: str, encoded: str) -> bool:
    scheme, name, rounds, salt_b64, digest_b64 = encoded.split("$")
    if scheme != "pbkdf2" or name != HASH_NAME:
        return False
    expected = base64.b64decode(digest_b64)
    candidate = _derive(password, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(candidate, expected)


def set_password(session: Session, crew_id: int, password: str) -> None:
    user = session.execute(select(CrewUser).where(CrewUser.id == crew_id)).scalar_one()
    user.password_hash = hash_password(password).encode()
    session.commit()
