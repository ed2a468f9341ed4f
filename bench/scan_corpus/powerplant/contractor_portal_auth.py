"""Password handling for the contractor self-service portal."""

import hashlib as hl
import hmac
import os

from portal.db import get_contractor_by_email, update_password_hash

SALT_BYTES = 16


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hl.sha256(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}${digest}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, _ = stored.split("$", 1)
    candidate = hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate, stored)


def authenticate(email: str, password: str):
    contractor = get_contractor_by_email(email.strip().lower())
    if contractor is None or not contractor.active:
        return None
    if not verify_password(password, contractor.password_hash):
        return None
    return contractor


def change_password(contractor, new_password: str) -> None:
    if len(new_password) < 12:
        raise ValueError("password must be at least 12 characters")
    update_password_hash(contractor.id, hash_password(new_password))
