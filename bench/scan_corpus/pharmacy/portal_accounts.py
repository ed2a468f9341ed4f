"""Patient portal account storage.

Accounts live in the portal Postgres database; this module only deals with
credential derivation and the small repository wrapper around it.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import PortalUser

# Derivation parameters are stored alongside each hash so they can be bumped later.
HASH_NAME = "sha256"
PBKDF2_ROUNDS = 120_000
SALT_BYTES = 16


@dataclass(frozen=True)
class DerivedCredential:
    salt: bytes
    digest: bytes
    rounds: int


def derive(password: str, salt: bytes | None = None, rounds: int = PBKDF2_ROUNDS) -> DerivedCredential:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)
    return DerivedCredential(salt=salt, digest=digest, rounds=rounds)


class PortalAccountRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def register(self, email: str, password: str) -> PortalUser:
        cred = derive(password)
        user = PortalUser(
            email=email.lower().strip(),
            password_salt=cred.salt,
            password_hash=cred.digest,
            password_rounds=cred.rounds,
        )
        self._session.add(user)
        self._session.flush()
        return user

    def check_password(self, email: str, password: str) -> bool:
        user = self._session.scalar(
            select(PortalUser).where(PortalUser.email == email.lower().strip())
        )
        if user is None:
            return False
        cred = derive(password, salt=user.password_salt, rounds=user.password_rounds)
        return hmac.compare_digest(cred.digest, user.password_hash)
