"""Password handling for showroom staff accounts (sample library and order desk)."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class StaffMember:
    username: str
    showroom: str  # "milan", "paris", "leeds"
    password_hash: str
    active: bool = True


class StaffDirectory:
    def __init__(self, store):
        self._store = store

    def enrol(self, username: str, showroom: str, password: str) -> StaffMember:
        member = StaffMember(username=username, showroom=showroom,
                             password_hash=_hasher.hash(password))
        self._store.put(member)
        return member

    def login(self, username: str, password: str) -> StaffMember | None:
        member = self._store.get(username)
        if member is None or not member.active:
            return None
        try:
            _hasher.verify(member.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(member.password_hash):
            member.password_hash = _hasher.hash(password)
            self._store.put(member)
        return member

    def deactivate(self, username: str) -> None:
        member = self._store.get(username)
        if member:
            member.active = False
            self._store.put(member)
