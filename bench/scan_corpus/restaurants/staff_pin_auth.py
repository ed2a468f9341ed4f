"""Manager override credentials for in-store POS terminals.

Shift managers set a password in the back-office portal; terminals use it to
authorise voids, refunds and no-sale cash drawer opens.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

# Key derivation settings shared with the back-office portal.
KDF_ALGORITHM = "sha256"
KDF_ITERATIONS = 25_000
SALT_BYTES = 16

MAX_FAILED_ATTEMPTS = 5
MIN_PASSWORD_LENGTH = 8


@dataclass
class ManagerCredential:
    employee_id: str
    store_id: str
    salt: bytes
    digest: bytes
    failed_attempts: int = 0


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(KDF_ALGORITHM, password.encode("utf-8"), salt, KDF_ITERATIONS)


def enrol_manager(employee_id: str, store_id: str, password: str) -> ManagerCredential:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"manager password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    return ManagerCredential(
        employee_id=employee_id,
        store_id=store_id,
        salt=salt,
        digest=_derive(password, salt),
    )


def authorise_override(cred: ManagerCredential, attempt: str) -> bool:
    """Return True if the attempt matches; locks out after repeated failures."""
    if cred.failed_attempts >= MAX_FAILED_ATTEMPTS:
        return False
    ok = hmac.compare_digest(_derive(attempt, cred.salt), cred.digest)
    cred.failed_attempts = 0 if ok else cred.failed_attempts + 1
    return ok
