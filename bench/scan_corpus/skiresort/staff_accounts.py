"""Password handling for ticket-desk and rental-shop staff accounts.

Hashes are stored in the Django-style ``algorithm$iterations$salt$hash``
format so the back office can migrate them later without a reset.
"""
import base64
import hashlib
import hmac
import secrets


class HashSettings:
    algorithm = "sha256"
    iterations = 600_000
    salt_bytes = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, settings: type[HashSettings] = HashSettings) -> str:
    salt = secrets.token_bytes(settings.salt_bytes)
    derived = hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${_b64(salt)}${_b64(derived)}"


def _split(encoded: str) -> tuple[str, int, bytes, bytes]:
    scheme, iterations, salt, digest = encoded.split("$")
    if scheme != f"pbkdf2_{HashSettings.algorithm}":
        raise ValueError(f"unsupported hash scheme {scheme!r}")
    return scheme, int(iterations), base64.b64decode(salt), base64.b64decode(digest)


def verify_password(password: str, encoded: str) -> bool:
    try:
        _, iterations, salt, expected = _split(encoded)
    except ValueError:
        return False
    candidate = hashlib.pbkdf2_hmac(HashSettings.algorithm, password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was made with fewer iterations than today's setting."""
    try:
        _, iterations, _, _ = _split(encoded)
    except ValueError:
        return True
    return iterations < HashSettings.iterations
