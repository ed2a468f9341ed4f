"""Password storage for loyalty programme member accounts."""
import bcrypt

BCRYPT_ROUNDS = 12
# bcrypt only looks at the first 72 bytes of input.
MAX_PASSWORD_BYTES = 72
MIN_PASSWORD_LENGTH = 10


class PasswordPolicyError(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError("password too long")
    return raw


def hash_member_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def verify_member_password(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored_hash.encode("ascii"))
    except (PasswordPolicyError, ValueError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Hashes created before the cost bump to 12 get upgraded on next login."""
    try:
        cost = int(stored_hash.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < BCRYPT_ROUNDS
