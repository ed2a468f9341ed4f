"""Hashing for the passphrases crew use to unlock the van tablets and the crew app."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("crew.passphrase")


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class CrewPassphraseHasher:
    def __init__(self, settings: Argon2Settings = Argon2Settings()) -> None:
        self._ph = PasswordHasher(time_cost=settings.time_cost, memory_cost=settings.memory_cost_kib, parallelism=settings.parallelism, hash_len=settings.hash_len, salt_len=settings.salt_len)

    def hash(self, passphrase: str) -> str:
        return self._ph.hash(passphrase)

    def verify(self, encoded: str, passphrase: str) -> bool:
        try:
            return self._ph.verify(encoded, passphrase)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, encoded: str) -> bool:
        return self._ph.check_needs_rehash(encoded)


class CrewPassphraseStore:
    def __init__(self, conn: sqlite3.Connection, hasher: CrewPassphraseHasher | None = None) -> None:
        self.conn = conn
        self.hasher = hasher or CrewPassphraseHasher()

    def set_passphrase(self, crew_id: int, passphrase: str) -> None:
        if len(passphrase) < 12:
            raise ValueError("passphrase must be at least 12 characters")
        self.conn.execute(
            "UPDATE crew_members SET passphrase_hash = ? WHERE id = ?",
            (self.hasher.hash(passphrase), crew_id),
        )
        self.conn.commit()

    def unlock(self, username: str, passphrase: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, passphrase_hash FROM crew_members WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        crew_id, encoded = row
        if not self.hasher.verify(encoded, passphrase):
            log.info("failed tablet unlock for crew member %s", crew_id)
            return None
        if self.hasher.needs_rehash(encoded):
            self.set_passphrase(crew_id, passphrase)
        return crew_id
