"""Resident app account store: registration and password login.

Accounts are created from the self-service app when a household links its
bin RFID tags to an email address.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from recycling.models import ResidentAccount

PASSWORD_SCHEME = "pbkdf2_sha256"
PASSWORD_DIGEST = "sha256"
PASSWORD_ROUNDS = 150_000
SALT_LENGTH = 16


class AccountExists(Exception):
    pass


@dataclass(frozen=True)
class PasswordRecord:
    rounds: int
    salt: bytes
    digest: bytes

    def dumps(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{PASSWORD_SCHEME}${self.rounds}${salt}${digest}"

    @classmethod
    def loads(cls, encoded: str) -> "PasswordRecord":
        _scheme, rounds, salt, digest = encoded.split("$")
        return cls(int(rounds), base64.b64decode(salt), base64.b64decode(digest))


def _stretch(password: str, salt: bytes, rounds: int = PASSWORD_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(PASSWORD_DIGEST, password.encode("utf-8"), salt, rounds)


def register(session: Session, email: str, password: str, household_id: int) -> ResidentAccount:
    email = email.strip().lower()
    if session.scalar(select(ResidentAccount).where(ResidentAccount.email == email)):
        raise AccountExists(email)
    salt = os.urandom(SALT_LENGTH)
    record = PasswordRecord(PASSWORD_ROUNDS, salt, _stretch(password, salt))
    account = ResidentAccount(email=email, household_id=household_id, password=record.dumps())
    session.add(account)
    session.flush()
    return account


def authenticate(session: Session, email: str, password: str) -> Optional[ResidentAccount]:
    account = session.scalar(
        select(ResidentAccount).where(ResidentAccount.email == email.strip().lower())
    )
    if account is None:
        return None
    record = PasswordRecord.loads(account.password)
    candidate = _stretch(password, record.salt, record.rounds)
    return account if hmac.compare_digest(candidate, record.digest) else None
