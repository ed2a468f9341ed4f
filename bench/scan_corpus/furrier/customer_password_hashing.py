"""Password handling for the customer self-service portal.

Customers log in to see their stored garments, book seasonal pickup and
approve alteration quotes.
"""
import hashlib
import json
import logging

import bcrypt

log = logging.getLogger("furrier.portal.accounts")

BCRYPT_ROUNDS = 12
MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_BYTES = 72


class PasswordPolicyError(ValueError):
    pass


def _encode(password: str) -> bytes:
    if len(password) < MIN_PASSWORD_CHARS:
        raise PasswordPolicyError("password must be at least 10 characters")
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError("password is too long")
    return raw


def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
    except ValueError:
        log.warning("malformed password hash encountered during login")
        return False


def needs_rehash(stored: str) -> bool:
    # "$2b$12$..." -> the cost is the third field
    try:
        cost = int(stored.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < BCRYPT_ROUNDS


def profile_etag(profile: dict) -> str:
    """ETag for the account profile page so the browser can revalidate."""
    body = json.dumps(
        {k: profile[k] for k in sorted(profile) if k != "password_hash"},
        sort_keys=True,
        default=str,
    )
    return 'W/"%s"' % hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
