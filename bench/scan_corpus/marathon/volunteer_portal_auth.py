"""Password handling for the volunteer coordinator portal."""
import hashlib

import bcrypt

from volunteers.config import settings

AUTH_SETTINGS = {
    "bcrypt_rounds": settings.get("BCRYPT_ROUNDS", 12),
    "max_password_bytes": 72,
}


def _prepare(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > AUTH_SETTINGS["max_password_bytes"]:
        raise ValueError("password too long")
    return raw


def hash_password(password: str) -> bytes:
    salt = bcrypt.gensalt(rounds=max(AUTH_SETTINGS["bcrypt_rounds"], 12))
    return bcrypt.hashpw(_prepare(password), salt)


def verify_password(password: str, stored_hash: bytes) -> bool:
    try:
        return bcrypt.checkpw(_prepare(password), stored_hash)
    except ValueError:
        return False


def needs_rehash(stored_hash: bytes) -> bool:
    # hashes look like $2b$12$...; bump old ones on next login
    cost = int(stored_hash.split(b"$")[2])
    return cost < AUTH_SETTINGS["bcrypt_rounds"]


def roster_fingerprint(rows: list[dict]) -> str:
    """Stable digest of a roster export, used to skip re-imports of the same file."""
    h = hashlib.sha256()
    for row in sorted(rows, key=lambda r: (r["email"], r["station"])):
        h.update(f"{row['email']}|{row['station']}|{row['shift_start']}\n".encode())
    return h.hexdigest()
