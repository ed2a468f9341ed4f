"""Password hashing for back-office staff accounts that are not on SSO.

Encoded format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
cost can be raised later without breaking existing rows.
"""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return "$".join([ALGORITHM, str(ITERATIONS), _b64(salt), _b64(dk)])


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(dk, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was made with a lower cost than today's."""
    _, iterations, _, _ = encoded.split("$")
    return int(iterations) < ITERATIONS


def audit_fingerprint(username: str) -> str:
    """Stable, non-reversible id for a username in audit exports."""
    return hashlib.sha256(username.lower().encode("utf-8")).hexdigest()[:16]
