"""Password handling for yard crew self-service accounts.

Crew members (welders, fitters, riggers) use the self-service kiosk to see
their shift plan and certificates. Passwords are stored as bcrypt hashes.
"""
from __future__ import annotations

import bcrypt

from crew.repository import CrewRepository

# Cost factor for new hashes; raise it when the kiosk servers are replaced
# and rehash on next login (see needs_rehash).
BCRYPT_ROUNDS = 12
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything beyond this


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ValueError("password is too long")
    return raw


def hash_password(password: str) -> str:
    return bcrypt.hashpw(_encode(password), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode("ascii")


def check_password(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored_hash.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(stored_hash: str) -> bool:
    # bcrypt hashes look like $2b$12$<salt+digest>
    try:
        cost = int(stored_hash.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < BCRYPT_ROUNDS


def login(repo: CrewRepository, badge_no: str, password: str) -> bool:
    member = repo.by_badge(badge_no)
    if member is None or not member.active:
        return False
    if not check_password(password, member.password_hash):
        return False
    if needs_rehash(member.password_hash):
        repo.update_password_hash(member.id, hash_password(password))
    return True
