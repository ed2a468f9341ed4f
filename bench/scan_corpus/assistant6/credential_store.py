"""Credential storage for the admin console."""
import hashlib
from pathlib import Path

import bcrypt

BCRYPT_ROUNDS = 12


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def verify_password(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), hashed)


def export_checksum(path: Path) -> str:
    """SHA-256 of an exported user CSV, shown next to the download link."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
