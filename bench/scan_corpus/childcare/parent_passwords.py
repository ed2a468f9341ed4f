"""Password hashing for parent accounts on the family app."""
import bcrypt

BCRYPT_ROUNDS = 12
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this


class PasswordTooLong(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordTooLong("password is longer than 72 bytes")
    return raw


def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def check_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored.encode("ascii"))
    except (PasswordTooLong, ValueError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when the stored hash was made with fewer rounds than we use now."""
    try:
        cost = int(stored.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < BCRYPT_ROUNDS
