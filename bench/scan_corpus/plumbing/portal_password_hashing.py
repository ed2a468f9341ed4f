"""Password hashing for customer portal and office staff accounts."""

import bcrypt as _bc

from portal.settings import settings

# bumped from 12 after the 2024 hardware refresh; old hashes are upgraded on login
BCRYPT_ROUNDS = getattr(settings, "BCRYPT_ROUNDS", 13)
MAX_PASSWORD_BYTES = 72


def _prepare(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ValueError("Password too long")
    return raw


def hash_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    return _bc.hashpw(_prepare(password), _bc.gensalt(rounds=max(rounds, 12))).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return _bc.checkpw(_prepare(password), stored.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(stored: str, rounds: int = BCRYPT_ROUNDS) -> bool:
    # stored format: $2b$<cost>$<salt+hash>
    try:
        cost = int(stored.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < rounds


def login(account, password: str, save) -> bool:
    if not verify_password(password, account.password_hash):
        return False
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
        save(account)
    return True
