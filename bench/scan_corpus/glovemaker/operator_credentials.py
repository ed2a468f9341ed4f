"""Login credentials for cutting-press operators.

Operators sign in at the press terminal so each cut ticket records who ran the
die.  Hashes live in the ``operators`` table of the plant database.
"""
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32)


@dataclass
class Operator:
    badge_no: str
    name: str
    shift: str
    password_hash: str


class OperatorCredentials:
    def __init__(self, conn):
        self.conn = conn

    def _load(self, badge_no: str) -> Optional[Operator]:
        cur = self.conn.cursor()
        cur.execute(
            "SELECT badge_no, name, shift, password_hash FROM operators WHERE badge_no = %s",
            (badge_no,),
        )
        row = cur.fetchone()
        return Operator(*row) if row else None

    def register(self, badge_no: str, name: str, shift: str, password: str) -> None:
        cur = self.conn.cursor()
        cur.execute(
            "INSERT INTO operators (badge_no, name, shift, password_hash) VALUES (%s, %s, %s, %s)",
            (badge_no, name, shift, _hasher.hash(password)),
        )
        self.conn.commit()

    def login(self, badge_no: str, password: str) -> Optional[Operator]:
        operator = self._load(badge_no)
        if operator is None:
            return None
        try:
            _hasher.verify(operator.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(operator.password_hash):
            self._store_hash(badge_no, _hasher.hash(password))
        return operator

    def _store_hash(self, badge_no: str, new_hash: str) -> None:
        cur = self.conn.cursor()
        cur.execute(
            "UPDATE operators SET password_hash = %s WHERE badge_no = %s",
            (new_hash, badge_no),
        )
        self.conn.commit()

    def reset(self, badge_no: str, new_password: str) -> None:
        self._store_hash(badge_no, _hasher.hash(new_password))
