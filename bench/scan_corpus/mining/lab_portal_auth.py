"""Password handling for the assay lab results portal.

Client geologists log in to download certificates of analysis. Hashes are
stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the work factor can
be raised later without a migration: ``needs_rehash`` is checked at login.
"""
import base64
import hashlib
import hmac
import secrets
from pathlib import Path

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS
    )
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ITERATIONS}${_b64(salt)}${_b64(derived)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2_{PBKDF2_ALGORITHM}":
        return False
    derived = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM,
        password.encode("utf-8"),
        base64.b64decode(salt_b64),
        int(iterations),
    )
    return hmac.compare_digest(derived, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or int(parts[1]) < PBKDF2_ITERATIONS


def certificate_checksum(pdf_path: Path) -> str:
    """SHA-256 of a certificate of analysis, printed in the footer for clients."""
    digest = hashlib.sha256()
    with pdf_path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()
