"""Password storage for local (non-SSO) researcher accounts."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP-recommended Argon2id parameters; revisit when the portal hosts move.
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


class LocalCredentialStore:
    def __init__(self, repo):
        self.repo = repo

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        self.repo.update_password_hash(username, _hasher.hash(password))

    def authenticate(self, username: str, password: str) -> bool:
        stored = self.repo.get_password_hash(username)
        if stored is None:
            # spend comparable time for unknown users
            _hasher.hash(password)
            return False
        try:
            _hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if _hasher.check_needs_rehash(stored):
            self.repo.update_password_hash(username, _hasher.hash(password))
        return True
