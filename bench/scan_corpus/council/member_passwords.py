"""Local password fallback for the elected members' portal.

Most councillors sign in through the council's identity provider; this is only
used for co-opted members who do not have a corporate account.
"""
import bcrypt

BCRYPT_ROUNDS = 12
# bcrypt ignores anything past 72 bytes; refuse rather than silently truncate.
MAX_PASSWORD_BYTES = 72


class PasswordTooLong(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordTooLong("password exceeds 72 bytes")
    return raw


def make_hash(password: str) -> str:
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def verify(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored_hash.encode("ascii"))
    except (PasswordTooLong, ValueError):
        return False


def needs_upgrade(stored_hash: str) -> bool:
    # "$2b$12$..." -> cost factor is the second field
    try:
        cost = int(stored_hash.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < BCRYPT_ROUNDS
