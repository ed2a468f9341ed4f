"""Password hashing for skipper web logins using Argon2id."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from bargeman.repositories import SkipperRepository

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


class SkipperPasswordService:
    def __init__(self, repo: SkipperRepository):
        self.repo = repo

    def set_password(self, skipper_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        self.repo.update_password_hash(skipper_id, _hasher.hash(password))

    def verify(self, licence_number: str, password: str) -> int | None:
        skipper = self.repo.by_licence(licence_number)
        if skipper is None or not skipper.password_hash:
            return None
        try:
            _hasher.verify(skipper.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(skipper.password_hash):
            self.repo.update_password_hash(skipper.id, _hasher.hash(password))
        return skipper.id

    def reset_required(self, skipper_id: int) -> bool:
        skipper = self.repo.get(skipper_id)
        return skipper is not None and skipper.password_hash is None
