"""Password handling for the tenant portal.

Hashes are stored in ``portal_user.password_hash``. The context below is
shared by the signup flow, the admin "reset password" action and the
nightly rehash job.
"""
from __future__ import annotations

import logging

from passlib.context import CryptContext

log = logging.getLogger(__name__)

# Tuned on the old VM so a login stays under ~50ms.
HASH_SCHEMES = ["pbkdf2_sha256"]
PBKDF2_ROUNDS = 60_000
MIN_PASSWORD_LENGTH = 10

_context_options = {
    "schemes": HASH_SCHEMES,
    "deprecated": "auto",
    "pbkdf2_sha256__default_rounds": PBKDF2_ROUNDS,
}

pwd_context = CryptContext(**_context_options)


class PasswordPolicyError(ValueError):
    pass


def hash_password(plain: str) -> str:
    if len(plain) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(
            f"password must be at least {MIN_PASSWORD_LENGTH} characters"
        )
    return pwd_context.hash(plain)


def verify_password(plain: str, stored_hash: str) -> tuple[bool, str | None]:
    """Return (ok, new_hash); new_hash is set when the stored hash should be upgraded."""
    ok, new_hash = pwd_context.verify_and_update(plain, stored_hash)
    if ok and new_hash:
        log.info("password hash upgraded on login")
    return ok, new_hash
