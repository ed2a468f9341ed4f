"""Password storage for the mobile backend's user accounts."""
import bcrypt

from .errors import PasswordTooLong

BCRYPT_MAX_BYTES = 72


class PasswordManager:
    def __init__(self, rounds: int = 12) -> None:
        self.rounds = rounds

    def hash(self, password: str) -> str:
        raw = password.encode("utf-8")
        if len(raw) > BCRYPT_MAX_BYTES:
            raise PasswordTooLong(BCRYPT_MAX_BYTES)
        return bcrypt.hashpw(raw, bcrypt.gensalt(rounds=self.rounds)).decode("ascii")

    def verify(self, password: str, stored: str) -> bool:
        raw = password.encode("utf-8")
        if len(raw) > BCRYPT_MAX_BYTES:
            return False
        return bcrypt.checkpw(raw, stored.encode("ascii"))

    def needs_rehash(self, stored: str) -> bool:
        # "$2b$12$..." -> 12
        try:
            return int(stored.split("$")[2]) < self.rounds
        except (IndexError, ValueError):
            return True
