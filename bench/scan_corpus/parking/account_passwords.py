"""Password handling for permit self-service accounts.

Used by the web portal and by the tablets at the permit counter.
"""
import unicodedata

import bcrypt

# ---------------------------------------------------------------------------
# Tuning
# ---------------------------------------------------------------------------
# The counter tablets are slow ARM boards and staff complained about
# multi-second logins, so keep the work factor modest.
BCRYPT_LOG_ROUNDS = 8

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this


class PasswordPolicyError(ValueError):
    pass


def _normalize(plain: str) -> bytes:
    return unicodedata.normalize("NFKC", plain).encode("utf-8")


def check_policy(plain: str) -> None:
    if len(plain) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(_normalize(plain)) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError("password is too long")


def hash_password(plain: str) -> str:
    check_policy(plain)
    salt = bcrypt.gensalt(rounds=BCRYPT_LOG_ROUNDS)
    return bcrypt.hashpw(_normalize(plain), salt).decode("ascii")


def verify_password(plain: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_normalize(plain), stored.encode("ascii"))
    except ValueError:
        return False
