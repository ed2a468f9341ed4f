"""Password storage for retail customers of the online knife shop."""
import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32, salt_len=16)


@dataclass
class CustomerRecord:
    customer_id: int
    email: str
    password_hash: str


class CustomerPasswordStore:
    def __init__(self, repo):
        self._repo = repo

    def set_password(self, customer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        self._repo.update_password_hash(customer_id, _hasher.hash(password))

    def check(self, email: str, password: str) -> Optional[CustomerRecord]:
        record = self._repo.find_by_email(email)
        if record is None:
            return None
        try:
            _hasher.verify(record.password_hash, password)
        except VerifyMismatchError:
            return None
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash for customer %s", record.customer_id)
            return None
        if _hasher.check_needs_rehash(record.password_hash):
            self._repo.update_password_hash(record.customer_id, _hasher.hash(password))
        return record
