"""Password handling for the framing workshop's job-tracking app.

The workshop runs a small separate service; it cannot pull in the main
Django auth stack, so hashes are produced here in the same format Django
uses (pbkdf2_sha256$iterations$salt$hash) so accounts can be migrated later.
"""
import base64
import hashlib
import secrets
from typing import NamedTuple

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 720_000
SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class ParsedHash(NamedTuple):
    algorithm: str
    iterations: int
    salt: str
    digest: str


def _new_salt(length: int = 22) -> str:
    return "".join(secrets.choice(SALT_CHARS) for _ in range(length))


def _pbkdf2(password: str, salt: str, iterations: int) -> str:
    raw = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return base64.b64encode(raw).decode("ascii").strip()


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = _new_salt()
    return f"{ALGORITHM}${iterations}${salt}${_pbkdf2(password, salt, iterations)}"


def parse(encoded: str) -> ParsedHash:
    algorithm, iterations, salt, digest = encoded.split("$", 3)
    return ParsedHash(algorithm, int(iterations), salt, digest)


def check_password(password: str, encoded: str) -> bool:
    parsed = parse(encoded)
    if parsed.algorithm != ALGORITHM:
        return False
    candidate = _pbkdf2(password, parsed.salt, parsed.iterations)
    return secrets.compare_digest(candidate, parsed.digest)


def must_update(encoded: str) -> bool:
    """True when the stored hash should be re-made at the current work factor."""
    return parse(encoded).iterations < ITERATIONS
