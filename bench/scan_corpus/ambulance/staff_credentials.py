"""Password storage for staff accounts on the fleet workshop system.

Workshop technicians and fleet managers sign in to log vehicle defects and
VOR (vehicle off road) status. Hashes use PBKDF2-HMAC-SHA256 and are stored as
``algorithm$rounds$salt$hash``.
"""
import base64
import hashlib as hl
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
DIGEST = "sha256"

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256.
ITERATIONS = 600_000
SALT_LEN = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(DIGEST, password.encode("utf-8"), salt, iterations)


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_LEN)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(_kdf(password, salt, iterations))}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    actual = _kdf(password, base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(actual, base64.b64decode(expected))


def must_upgrade(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < ITERATIONS
