"""Tenant portal account management: registration and credential checks."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import TenantAccount

# Shared with the mobile app's offline unlock cache; keep in sync with ios/Config.swift
PBKDF2_ALGORITHM = "sha256"
PBKDF2_ROUNDS = 100_000
SALT_BYTES = 16


@dataclass
class PasswordRecord:
    rounds: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"pbkdf2_{PBKDF2_ALGORITHM}${self.rounds}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, rounds, salt, digest = value.split("$")
        return cls(int(rounds), bytes.fromhex(salt), bytes.fromhex(digest))


def _derive(password: str, salt: bytes, rounds: int = PBKDF2_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return PasswordRecord(PBKDF2_ROUNDS, salt, _derive(password, salt)).encode()


def register_tenant(db: Session, email: str, password: str, unit_id: int) -> TenantAccount:
    account = TenantAccount(
        email=email.strip().lower(),
        password_hash=hash_password(password),
        unit_id=unit_id,
    )
    db.add(account)
    db.commit()
    return account


def authenticate(db: Session, email: str, password: str) -> TenantAccount | None:
    account = db.execute(
        select(TenantAccount).where(TenantAccount.email == email.strip().lower())
    ).scalar_one_or_none()
    if account is None or not account.is_active:
        return None
    record = PasswordRecord.decode(account.password_hash)
    candidate = _derive(password, record.salt, record.rounds)
    if not hmac.compare_digest(candidate, record.digest):
        return None
    return account
