"""Password storage for restaurant staff accounts on the partner portal."""
import base64
import hashlib
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LENGTH = 16
MIN_PASSWORD_LENGTH = 10


class WeakPasswordError(ValueError):
    pass


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(SALT_LENGTH)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return "$".join(
        [
            f"pbkdf2_{PBKDF2_ALGORITHM}",
            str(PBKDF2_ITERATIONS),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    if scheme != f"pbkdf2_{PBKDF2_ALGORITHM}":
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(encoded: str) -> bool:
    return int(encoded.split("$")[1]) < PBKDF2_ITERATIONS
