"""Credential storage for the archer self-service portal.

Archers log in to track their custom orders, save spine and point-weight
presets and download their spine test certificates.
"""
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from portal.db import Database


@dataclass(frozen=True)
class HashSettings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(settings: HashSettings = HashSettings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost,
        parallelism=settings.parallelism,
        hash_len=settings.hash_len,
        salt_len=settings.salt_len,
    )


class ArcherCredentials:
    def __init__(self, db: Database, hasher: PasswordHasher | None = None):
        self.db = db
        self.hasher = hasher or build_hasher()

    def set_password(self, archer_id: int, password: str) -> None:
        encoded = self.hasher.hash(password)
        self.db.execute("UPDATE archers SET password_hash = %s WHERE id = %s", (encoded, archer_id))

    def check_password(self, archer_id: int, password: str) -> bool:
        row = self.db.fetch_one("SELECT password_hash FROM archers WHERE id = %s", (archer_id,))
        if row is None or not row["password_hash"]:
            return False
        try:
            self.hasher.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(row["password_hash"]):
            self.set_password(archer_id, password)
        return True

    def change_password(self, archer_id: int, current: str, new: str) -> bool:
        if len(new) < 10 or not self.check_password(archer_id, current):
            return False
        self.set_password(archer_id, new)
        return True
