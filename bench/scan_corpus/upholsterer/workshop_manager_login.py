"""Login for the back-office screens (pricing, trade discounts, payroll export).

Only a handful of managers use this, so accounts live in a small table and
hashes use scrypt from the standard library.
"""
import hashlib
import os
import sqlite3
from dataclasses import dataclass

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024


@dataclass
class Manager:
    id: int
    username: str
    salt: bytes
    scrypt_hash: str
    can_edit_pricing: bool


def derive(password: str, salt: bytes) -> str:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM, dklen=32,
    ).hex()


class ManagerAccounts:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def _load(self, username: str) -> Manager | None:
        with sqlite3.connect(self.db_path) as conn:
            row = conn.execute(
                "SELECT id, username, salt, scrypt_hash, can_edit_pricing "
                "FROM managers WHERE username = ?",
                (username,),
            ).fetchone()
        return Manager(*row) if row else None

    def create(self, username: str, password: str, can_edit_pricing: bool = False) -> None:
        salt = os.urandom(16)
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "INSERT INTO managers (username, salt, scrypt_hash, can_edit_pricing) "
                "VALUES (?, ?, ?, ?)",
                (username, salt, derive(password, salt), int(can_edit_pricing)),
            )

    def login(self, username: str, password: str) -> Manager | None:
        manager = self._load(username)
        if manager is None:
            return None
        if derive(password, manager.salt) == manager.scrypt_hash:
            return manager
        return None
