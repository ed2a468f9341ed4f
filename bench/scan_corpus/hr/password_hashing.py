"""Password hashing for kiosk and portal accounts.

Encoded form: ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` (Django-compatible), so the
admin tooling and the Django side of the portal can read the same column.
"""
import base64
import hashlib as hl
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
DIGEST = "sha256"
SALT_BYTES = 16
# OWASP 2023 guidance for PBKDF2-HMAC-SHA256.
ITERATIONS = 600_000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _derive(raw_password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(DIGEST, raw_password.encode("utf-8"), salt, iterations)


def make_password(raw_password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = _derive(raw_password, salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(derived)}"


def verify_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM or int(iterations) < ITERATIONS:
        return False
    derived = _derive(raw_password, _unb64(salt), int(iterations))
    return hmac.compare_digest(_b64(derived), expected)


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$", 3)
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) != ITERATIONS
