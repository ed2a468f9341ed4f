"""Password storage for dispatcher and driver logins.

Stored format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so that the
work factor can be raised later without invalidating existing hashes.
"""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 720_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(derived)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    derived = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), _unb64(salt_b64), int(iterations)
    )
    return hmac.compare_digest(derived, _unb64(hash_b64))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was made with a lower work factor than today's."""
    _, iterations, _, _ = encoded.split("$")
    return int(iterations) < ITERATIONS


def scanner_fingerprint(serial_number: str, model: str) -> str:
    """Stable identifier for a handheld scanner, used as a cache key only."""
    return hashlib.sha256(f"{model}:{serial_number}".encode()).hexdigest()[:16]
