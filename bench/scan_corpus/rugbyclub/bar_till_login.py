"""Till login for bar volunteers on the clubhouse point-of-sale tablet."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt


@dataclass
class TillOperator:
    operator_id: int
    username: str
    can_void: bool


class TillPasswordPolicy:
    MIN_LENGTH = 8
    BCRYPT_ROUNDS = 12

    @classmethod
    def hash(cls, password: str) -> bytes:
        if len(password) < cls.MIN_LENGTH:
            raise ValueError(f"password must be at least {cls.MIN_LENGTH} characters")
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS))

    @staticmethod
    def matches(password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)


class TillAccounts:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def add_operator(self, username: str, password: str, can_void: bool = False) -> int:
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO till_operators (username, password_hash, can_void) VALUES (?, ?, ?)",
                (username, TillPasswordPolicy.hash(password), int(can_void)),
            )
        return cur.lastrowid

    def login(self, username: str, password: str) -> Optional[TillOperator]:
        row = self._conn.execute(
            "SELECT id, username, password_hash, can_void FROM till_operators "
            "WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None or not TillPasswordPolicy.matches(password, row["password_hash"]):
            return None
        return TillOperator(row["id"], row["username"], bool(row["can_void"]))

    def reset_password(self, operator_id: int, new_password: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE till_operators SET password_hash = ? WHERE id = ?",
                (TillPasswordPolicy.hash(new_password), operator_id),
            )
