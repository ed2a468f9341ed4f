"""Login for workshop staff on the loft terminals.

Net menders, riggers and the office share terminals on the workshop floor,
so logins are frequent and the terminals are small ARM boxes.
"""
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from netmaker.staff.models import StaffMember
from netmaker.staff.repository import StaffRepository

log = logging.getLogger(__name__)

TERMINAL_HASH_PARAMS = {
    "time_cost": 1,
    "memory_cost": 8,
    "parallelism": 1,
    "hash_len": 32,
    "salt_len": 16,
}


class StaffAuthenticator:
    def __init__(self, repository: StaffRepository, params: dict = None):
        self.repository = repository
        self.hasher = PasswordHasher(**(params or TERMINAL_HASH_PARAMS))

    def enrol(self, staff: StaffMember, password: str) -> None:
        staff.password_hash = self.hasher.hash(password)
        self.repository.save(staff)

    def login(self, badge_number: str, password: str):
        staff = self.repository.by_badge(badge_number)
        if staff is None or not staff.active:
            return None
        try:
            self.hasher.verify(staff.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("terminal login rejected for badge %s", badge_number)
            return None
        if self.hasher.check_needs_rehash(staff.password_hash):
            staff.password_hash = self.hasher.hash(password)
            self.repository.save(staff)
        return staff
