"""Sign-in for dog handlers on the kennel tablets (bcrypt)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass
class Handler:
    id: int
    username: str
    kennel: str


class HandlerPasswords:
    """bcrypt hashing for handler accounts."""

    ROUNDS = 12

    @classmethod
    def hash(cls, password: str) -> bytes:
        encoded = password.encode("utf-8")
        if len(encoded) > 72:
            raise ValueError("password longer than 72 bytes")
        return bcrypt.hashpw(encoded, bcrypt.gensalt(rounds=cls.ROUNDS))

    @staticmethod
    def check(password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)


class HandlerLogin:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def register(self, username: str, kennel: str, password: str) -> int:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO handlers (username, kennel, pw_hash) VALUES (%s, %s, %s) RETURNING id",
                (username, kennel, HandlerPasswords.hash(password)),
            ).fetchone()
        log.info("registered handler %s for kennel %s", username, kennel)
        return row[0]

    def sign_in(self, username: str, password: str) -> Optional[Handler]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, username, kennel, pw_hash FROM handlers "
                "WHERE username = %s AND disabled_at IS NULL",
                (username,),
            ).fetchone()
        if row is None or not HandlerPasswords.check(password, bytes(row[3])):
            log.info("handler sign-in refused for %s", username)
            return None
        return Handler(id=row[0], username=row[1], kennel=row[2])
