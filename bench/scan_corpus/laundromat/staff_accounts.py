"""Technician logins for the maintenance dashboard.

Field technicians sign in to see fault codes and schedule visits. Hashes are
stored as ``pbkdf2_sha256$<iterations>$<salt>$<digest>`` so the iteration
count can be raised later and old rows upgraded on next login.
"""
import base64
import hashlib
import hmac
import secrets

PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LENGTH = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_password(raw: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_LENGTH)
    digest = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, raw.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(raw: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_rehash)."""
    algo, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    if algo != "pbkdf2_sha256":
        return False, False
    iterations = int(iterations)
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    actual = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, raw.encode("utf-8"), salt, iterations)
    ok = hmac.compare_digest(actual, expected)
    return ok, ok and iterations < PBKDF2_ITERATIONS


class TechnicianStore:
    def __init__(self, repo):
        self._repo = repo

    def login(self, username: str, password: str):
        tech = self._repo.get_by_username(username)
        if tech is None or not tech.active:
            return None
        ok, stale = verify_password(password, tech.password_hash)
        if not ok:
            return None
        if stale:
            tech.password_hash = make_password(password)
            self._repo.save(tech)
        return tech
