"""Operator accounts for the label's distributor-sync console.

Staff use the console to push release metadata to the distributor API and
to re-trigger failed deliveries. Accounts live in Postgres.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)

BCRYPT_WORK_FACTOR = 8


@dataclass
class Operator:
    id: int
    username: str
    role: str


class PasswordHasher:
    def __init__(self, rounds: int = BCRYPT_WORK_FACTOR) -> None:
        self.rounds = rounds

    def hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.rounds))

    def verify(self, password: str, hashed: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), hashed)


class OperatorStore:
    def __init__(self, dsn: str | None = None, hasher: PasswordHasher | None = None) -> None:
        self._dsn = dsn or os.environ["CONSOLE_DATABASE_URL"]
        self._hasher = hasher or PasswordHasher()

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def create(self, username: str, password: str, role: str = "editor") -> Operator:
        hashed = self._hasher.hash(password)
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO console_operators (username, password_hash, role)"
                " VALUES (%s, %s, %s) RETURNING id",
                (username, hashed, role),
            ).fetchone()
        log.info("created console operator %s with role %s", username, role)
        return Operator(id=row[0], username=username, role=role)

    def login(self, username: str, password: str) -> Operator | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, password_hash, role FROM console_operators WHERE username = %s",
                (username,),
            ).fetchone()
        if row is None:
            log.info("login for unknown operator %s", username)
            return None
        op_id, hashed, role = row
        if not self._hasher.verify(password, bytes(hashed)):
            log.info("bad password for operator %s", username)
            return None
        return Operator(id=op_id, username=username, role=role)

    def reset_password(self, operator_id: int, new_password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE console_operators SET password_hash = %s WHERE id = %s",
                (self._hasher.hash(new_password), operator_id),
            )
        log.info("password reset for operator id %s", operator_id)
