"""Password service for store staff back-office accounts."""
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from cobbler.models import StaffUser

log = logging.getLogger(__name__)

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}


class StaffPasswordService:
    def __init__(self, params: dict | None = None):
        self._hasher = PasswordHasher(**(params or ARGON2_PARAMS))

    def set_password(self, user: StaffUser, raw_password: str) -> None:
        if len(raw_password) < 12:
            raise ValueError("staff passwords need at least 12 characters")
        user.password_hash = self._hasher.hash(raw_password)
        user.save(update_fields=["password_hash"])

    def check_password(self, user: StaffUser, raw_password: str) -> bool:
        try:
            self._hasher.verify(user.password_hash, raw_password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("staff login rejected for user id=%s", user.pk)
            return False
        if self._hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self._hasher.hash(raw_password)
            user.save(update_fields=["password_hash"])
        return True

    def reset_by_manager(self, manager: StaffUser, target: StaffUser, raw_password: str) -> None:
        if manager.store_id != target.store_id or manager.role != "manager":
            raise PermissionError("only the store manager can reset staff passwords")
        self.set_password(target, raw_password)
        target.must_change_password = True
        target.save(update_fields=["must_change_password"])
