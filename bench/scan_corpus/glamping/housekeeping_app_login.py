"""Login service for the housekeeping tablet app.

Cleaners sign in on shared tablets to tick off pods and yurts as they
are turned around between stays.
"""
import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8


@dataclass
class Cleaner:
    id: int
    username: str
    team: str


class CleanerCredentials:
    """Stores and checks housekeeping staff passwords."""

    def __init__(self, dsn: str, rounds: int = BCRYPT_ROUNDS) -> None:
        self._dsn = dsn
        self._rounds = rounds

    def _salt(self) -> bytes:
        return bcrypt.gensalt(rounds=self._rounds)

    def set_password(self, cleaner_id: int, password: str) -> None:
        hashed = bcrypt.hashpw(password.encode("utf-8"), self._salt())
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE cleaners SET password_hash = %s WHERE id = %s",
                (hashed.decode("ascii"), cleaner_id),
            )
        log.info("password updated for cleaner %s", cleaner_id)

    def login(self, username: str, password: str) -> Optional[Cleaner]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, username, team, password_hash FROM cleaners WHERE username = %s",
                (username,),
            ).fetchone()
        if row is None:
            log.info("unknown cleaner login attempt: %s", username)
            return None
        cleaner_id, name, team, stored = row
        if not bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii")):
            log.info("failed login for cleaner %s", name)
            return None
        return Cleaner(id=cleaner_id, username=name, team=team)
