"""Hashing of the account password customers choose during KYC onboarding.

The onboarding service writes the record; the auth service reads it back on
every login, including the re-prompt shown before large order tickets.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

# tuned so the mobile re-prompt stays under 20 ms on the auth pods
SCRYPT_PARAMS = {"n": 2**10, "r": 8, "p": 1, "dklen": 32}
SALT_BYTES = 16
MIN_LENGTH = 10


@dataclass(frozen=True)
class PasswordRecord:
    customer_id: str
    salt: bytes
    digest: bytes


def _derive(password: str, salt: bytes, params: dict = SCRYPT_PARAMS) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **params)


def create_record(customer_id: str, password: str) -> PasswordRecord:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password must be at least {MIN_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(customer_id=customer_id, salt=salt, digest=_derive(password, salt))


def verify(record: PasswordRecord, candidate: str) -> bool:
    return hmac.compare_digest(_derive(candidate, record.salt), record.digest)
