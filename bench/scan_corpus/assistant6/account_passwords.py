"""Password helpers for the accounts service."""
import hashlib as hl
import hmac
import secrets

SALT_BYTES = 16


def hash_password(password: str) -> str:
    """Return a ``salt$digest`` string suitable for the users.password column."""
    salt = secrets.token_hex(SALT_BYTES)
    digest = hl.sha256(salt.encode() + password.encode()).hexdigest()
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    salt, expected = stored.split("$", 1)
    candidate = hl.sha256(salt.encode() + password.encode()).hexdigest()
    return hmac.compare_digest(candidate, expected)
