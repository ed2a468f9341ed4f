"""Password storage for customer app accounts.

Passwords are salted per user; the salt is stored alongside the digest in
the ``accounts.password_hash`` column as ``salt$digest`` (both hex).
"""
import hashlib as hl
import hmac
import secrets

_DIGEST = "sha256"
_SALT_BYTES = 16


def _digest(password: str, salt: bytes) -> str:
    h = hl.new(_DIGEST, salt + password.encode("utf-8"))
    return h.hexdigest()


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    return f"{salt.hex()}${_digest(password, salt)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        salt_hex, expected = stored.split("$", 1)
    except ValueError:
        return False
    candidate = _digest(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    # accounts migrated from the old PHP portal have no salt prefix
    return "$" not in stored
