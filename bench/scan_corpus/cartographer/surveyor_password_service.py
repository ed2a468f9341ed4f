"""Password hashing and verification for surveyor web accounts."""
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from cartographer.models import Surveyor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class SurveyorPasswordService:
    def __init__(self, params: Argon2Settings = Argon2Settings()):
        self._hasher = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost,
            parallelism=params.parallelism,
            hash_len=params.hash_len,
            salt_len=params.salt_len,
        )

    def set_password(self, surveyor: Surveyor, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        surveyor.password_hash = self._hasher.hash(new_password)

    def authenticate(self, surveyor: Surveyor, candidate: str) -> bool:
        try:
            self._hasher.verify(surveyor.password_hash, candidate)
        except VerifyMismatchError:
            return False
        except InvalidHashError:
            log.error("stored hash for surveyor %s is malformed", surveyor.id)
            return False
        if self._hasher.check_needs_rehash(surveyor.password_hash):
            surveyor.password_hash = self._hasher.hash(candidate)
        return True
