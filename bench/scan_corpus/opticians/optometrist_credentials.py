"""Credential storage for locum optometrists using the booking back office.

Locums work across several branches and log in with an email and password.
Hashes use PBKDF2-HMAC-SHA256; the cost is kept in PASSWORD_POLICY so it can
be raised without a code change elsewhere, and old hashes are upgraded on
the next successful login.
"""
import base64
import hashlib as hl
import hmac
import secrets

PASSWORD_POLICY = {
    "digest": "sha256",
    "iterations": 720_000,
    "salt_len": 16,
    "min_length": 12,
}


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(PASSWORD_POLICY["digest"], password.encode(), salt, iterations)


def make_hash(password: str) -> str:
    if len(password) < PASSWORD_POLICY["min_length"]:
        raise ValueError("password too short")
    salt = secrets.token_bytes(PASSWORD_POLICY["salt_len"])
    iterations = PASSWORD_POLICY["iterations"]
    digest = _pbkdf2(password, salt, iterations)
    return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(digest)}"


def verify(password: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_rehash)."""
    algorithm, iterations, salt, digest = encoded.split("$", 3)
    if algorithm != "pbkdf2_sha256":
        return False, False
    candidate = _pbkdf2(password, base64.b64decode(salt), int(iterations))
    ok = hmac.compare_digest(candidate, base64.b64decode(digest))
    return ok, ok and int(iterations) < PASSWORD_POLICY["iterations"]


def login(locum_repo, email: str, password: str):
    locum = locum_repo.by_email(email.strip().lower())
    if locum is None:
        return None
    ok, needs_rehash = verify(password, locum.password_hash)
    if not ok:
        return None
    if needs_rehash:
        locum_repo.update_hash(locum.id, make_hash(password))
    return locum
