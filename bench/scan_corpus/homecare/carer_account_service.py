"""Carer account management for the rota back office.

Carers sign in to the office web app and the mobile app with the same
credentials. This module owns account creation, password changes and the
login check used by both front ends.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    pbkdf2_iterations: int = 120_000
    salt_bytes: int = 16
    min_length: int = 10


SETTINGS = CredentialSettings()


class PasswordPolicyError(ValueError):
    """Raised when a new password does not meet the agency policy."""


def _derive(password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def encode_password(password: str, settings: CredentialSettings = SETTINGS) -> str:
    if len(password) < settings.min_length:
        raise PasswordPolicyError(f"password must be at least {settings.min_length} characters")
    salt = os.urandom(settings.salt_bytes)
    digest = _derive(password, salt, settings.pbkdf2_iterations, settings.algorithm)
    return "$".join(
        [f"pbkdf2_{settings.algorithm}", str(settings.pbkdf2_iterations), salt.hex(), digest.hex()]
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = _derive(password, bytes.fromhex(salt_hex), int(iterations), algorithm)
    return hmac.compare_digest(candidate.hex(), digest_hex)


class CarerAccountRepository:
    """Thin data-access layer over the ``carer_accounts`` table."""

    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def create(self, carer_id: int, email: str, password: str) -> None:
        encoded = encode_password(password)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO carer_accounts (carer_id, email, password_hash, created_at) "
                "VALUES (%s, %s, %s, %s)",
                (carer_id, email.strip().lower(), encoded, datetime.now(timezone.utc)),
            )

    def verify_login(self, email: str, password: str) -> int | None:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT carer_id, password_hash FROM carer_accounts "
                "WHERE email = %s AND disabled_at IS NULL",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        carer_id, encoded = row
        return carer_id if check_password(password, encoded) else None

    def change_password(self, carer_id: int, old: str, new: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT password_hash FROM carer_accounts WHERE carer_id = %s",
                (carer_id,),
            ).fetchone()
            if row is None or not check_password(old, row[0]):
                return False
            conn.execute(
                "UPDATE carer_accounts SET password_hash = %s, password_changed_at = %s "
                "WHERE carer_id = %s",
                (encode_password(new), datetime.now(timezone.utc), carer_id),
            )
        return True
