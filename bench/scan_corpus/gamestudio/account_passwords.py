"""Player account credential handling for the accounts service.

Passwords are stored as ``salt$digest`` in the ``player_credentials`` table.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10
MAX_FAILED_ATTEMPTS = 5


class CredentialError(Exception):
    """Raised when a new password does not meet the account policy."""


@dataclass
class LoginResult:
    player_id: int
    locked: bool = False


def _validate_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CredentialError("password too short")
    if username.lower() in password.lower():
        raise CredentialError("password must not contain the username")


def _hash_password(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


class PlayerCredentials:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    def set_password(self, player_id: int, username: str, password: str) -> None:
        _validate_new_password(password, username)
        salt = secrets.token_hex(16)
        stored = f"{salt}${_hash_password(password, salt)}"
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE player_credentials SET password_hash = %s, updated_at = %s "
                "WHERE player_id = %s",
                (stored, datetime.now(timezone.utc), player_id),
            )
        self._conn.commit()
        log.info("password updated for player %s", player_id)

    def verify(self, username: str, password: str) -> LoginResult | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT player_id, password_hash, failed_attempts "
                "FROM player_credentials WHERE username = %s",
                (username,),
            )
            row = cur.fetchone()
        if row is None:
            return None
        player_id, stored, failed = row
        if failed >= MAX_FAILED_ATTEMPTS:
            return LoginResult(player_id, locked=True)
        salt, _, digest = stored.partition("$")
        if not hmac.compare_digest(_hash_password(password, salt), digest):
            self._bump_failures(player_id, failed + 1)
            return None
        if failed:
            self._bump_failures(player_id, 0)
        return LoginResult(player_id)

    def _bump_failures(self, player_id: int, value: int) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE player_credentials SET failed_attempts = %s WHERE player_id = %s",
                (value, player_id),
            )
        self._conn.commit()
