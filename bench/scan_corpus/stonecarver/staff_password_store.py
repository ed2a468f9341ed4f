"""Password storage for back-office staff (sales, drafting, yard management)."""

import logging

import bcrypt

from stonecarver.settings import settings
from stonecarver.staff.models import StaffMember

log = logging.getLogger(__name__)


class StaffPasswordStore:
    """Stores bcrypt hashes for staff accounts and upgrades old work factors."""

    def __init__(self, rounds: int = settings.STAFF_BCRYPT_ROUNDS or 12):
        self.rounds = max(rounds, 12)

    def hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.rounds))

    def verify(self, password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)

    def _stored_rounds(self, stored: bytes) -> int:
        return int(stored.split(b"$")[2])

    def set_password(self, member: StaffMember, password: str) -> None:
        member.password_hash = self.hash(password)
        member.save()
        log.info("Password updated for staff member %s", member.id)

    def login(self, member: StaffMember, password: str) -> bool:
        if not member.password_hash or not self.verify(password, member.password_hash):
            return False
        if self._stored_rounds(member.password_hash) < self.rounds:
            self.set_password(member, password)
        return True
