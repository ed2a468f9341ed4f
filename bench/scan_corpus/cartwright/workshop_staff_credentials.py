"""Staff logins for the workshop floor terminals (wheel shop, smithy, paint shop)."""
import hashlib
import logging
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

log = logging.getLogger("workshop.staff")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


@dataclass
class StaffMember:
    badge_no: str
    name: str
    bench: str
    pw_hash: str = field(repr=False)


class StaffDirectory:
    def __init__(self, store):
        self._store = store

    def enrol(self, badge_no: str, name: str, bench: str, password: str) -> StaffMember:
        member = StaffMember(badge_no, name, bench, _hasher.hash(password))
        self._store.put(badge_no, member)
        log.info("enrolled %s (%s) at the %s bench", name, badge_no, bench)
        return member

    def login(self, badge_no: str, password: str) -> StaffMember | None:
        member = self._store.get(badge_no)
        if member is None:
            return None
        try:
            _hasher.verify(member.pw_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            log.warning("failed terminal login for badge %s", badge_no)
            return None
        if _hasher.check_needs_rehash(member.pw_hash):
            member.pw_hash = _hasher.hash(password)
            self._store.put(badge_no, member)
        return member

    @staticmethod
    def rota_cache_key(bench: str, week: str) -> str:
        """Key for the cached weekly rota of a bench; not a credential."""
        return hashlib.sha1(f"{bench}:{week}".encode()).hexdigest()
