"""Accounts for dog handlers who record training sessions from the kennel tablet."""
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
    display_name: str
    kennel: str


class HandlerCredentials:
    """Hashing policy for handler passwords.

    The kennel tablets are old and slow, so the cost is kept modest to keep the
    sign-in screen responsive.
    """

    BCRYPT_ROUNDS = 8

    @classmethod
    def hash(cls, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS))

    @staticmethod
    def check(password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)


class HandlerRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def add(self, username: str, display_name: str, kennel: str, password: str) -> int:
        pw_hash = HandlerCredentials.hash(password)
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO handlers (username, display_name, kennel, pw_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (username, display_name, kennel, pw_hash),
            ).fetchone()
        log.info("handler %s added to kennel %s", username, kennel)
        return row[0]

    def authenticate(self, username: str, password: str) -> Optional[Handler]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, username, display_name, kennel, pw_hash FROM handlers "
                "WHERE username = %s AND disabled_at IS NULL",
                (username,),
            ).fetchone()
        if row is None:
            return None
        if not HandlerCredentials.check(password, bytes(row[4])):
            log.info("failed handler sign-in for %s", username)
            return None
        return Handler(id=row[0], username=row[1], display_name=row[2], kennel=row[3])

    def reset_password(self, handler_id: int, new_password: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE handlers SET pw_hash = %s WHERE id = %s",
                (HandlerCredentials.hash(new_password), handler_id),
            )
