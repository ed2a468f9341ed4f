"""Credentials for the match-day scoring tablet app used by scorers and umpires."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass
class ScorerAccount:
    id: int
    username: str
    display_name: str
    role: str


class ScorerAccountStore:
    """Postgres-backed store of scorer logins for the tablet app."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo)

    @staticmethod
    def _hash(password: str, cost: int = 8) -> str:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cost)).decode()

    def create(self, username: str, display_name: str, role: str, password: str) -> ScorerAccount:
        if role not in {"scorer", "umpire", "captain"}:
            raise ValueError(f"unknown role {role!r}")
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO scorer_accounts (username, display_name, role, password_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (username, display_name, role, self._hash(password)),
            )
            (account_id,) = cur.fetchone()
        log.info("Created %s account %s", role, username)
        return ScorerAccount(account_id, username, display_name, role)

    def verify(self, username: str, password: str) -> ScorerAccount | None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, display_name, role, password_hash FROM scorer_accounts "
                "WHERE username = %s AND active",
                (username,),
            )
            row = cur.fetchone()
        if row is None:
            return None
        account_id, display_name, role, stored = row
        if not bcrypt.checkpw(password.encode("utf-8"), stored.encode()):
            log.info("Failed tablet login for %s", username)
            return None
        return ScorerAccount(account_id, username, display_name, role)

    def reset_password(self, username: str, new_password: str) -> None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE scorer_accounts SET password_hash = %s WHERE username = %s",
                (self._hash(new_password), username),
            )
            if cur.rowcount != 1:
                raise LookupError(f"no scorer account named {username}")
        log.info("Password reset for scorer %s", username)
