"""Operator accounts for the remote winding controller console.

Each tower controller exposes a small console; operators authenticate
against this central registry before the gateway forwards their commands
(wind, stop, set time, adjust for daylight saving).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import bcrypt
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("clocktower.operators")

HASH_OPTIONS = {"rounds": 8, "prefix": b"2b"}


@dataclass
class Operator:
    username: str
    towers: list[str] = field(default_factory=list)
    last_login: datetime | None = None


def hash_console_password(password: str) -> str:
    salt = bcrypt.gensalt(**HASH_OPTIONS)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def console_password_matches(password: str, stored: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))


class OperatorRegistry:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn, row_factory=dict_row)

    def create(self, username: str, password: str, towers: list[str]) -> Operator:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO controller_operators (username, password_hash, towers) "
                "VALUES (%s, %s, %s)",
                (username, hash_console_password(password), towers),
            )
        log.info("created operator %s for %d towers", username, len(towers))
        return Operator(username=username, towers=towers)

    def login(self, username: str, password: str) -> Operator | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT username, password_hash, towers FROM controller_operators "
                "WHERE username = %s",
                (username,),
            ).fetchone()
            if row is None or not console_password_matches(password, row["password_hash"]):
                log.info("rejected console login for %s", username)
                return None
            now = datetime.now(timezone.utc)
            conn.execute(
                "UPDATE controller_operators SET last_login = %s WHERE username = %s",
                (now, username),
            )
        return Operator(username=row["username"], towers=list(row["towers"]), last_login=now)

    def may_operate(self, operator: Operator, tower_code: str) -> bool:
        return tower_code in operator.towers
