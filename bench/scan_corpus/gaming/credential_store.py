"""Password storage for player accounts created through the launcher."""
import bcrypt

from .settings import AUTH

BCRYPT_ROUNDS = AUTH.get("bcrypt_rounds", 12)
MAX_PASSWORD_BYTES = 72


class PasswordRejected(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordRejected(f"password longer than {MAX_PASSWORD_BYTES} bytes")
    return raw


def hash_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    return bcrypt.hashpw(_encode(password), bcrypt.gensalt(rounds=max(rounds, 12))).decode("ascii")


def check_password(password: str, hashed: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), hashed.encode("ascii"))
    except (PasswordRejected, ValueError):
        return False


def needs_upgrade(hashed: str) -> bool:
    # bcrypt hashes look like $2b$12$<salt+digest>
    return int(hashed.split("$")[2]) < BCRYPT_ROUNDS
