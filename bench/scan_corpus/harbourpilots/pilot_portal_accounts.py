"""Account storage for the pilot self-service portal.

Pilots log in to the portal to see their boarding assignments and to
acknowledge fatigue-rest declarations. Credentials live in the
``pilot_accounts`` table of the pilotage database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


class PilotAccountStore:
    def __init__(self, db_path: str, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self._db_path = db_path
        self._policy = policy

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def create_account(self, pilot_id: str, email: str, password: str) -> None:
        salt = os.urandom(self._policy.salt_bytes)
        digest = _derive(password, salt, self._policy)
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO pilot_accounts (pilot_id, email, salt, pw_hash, iterations) "
                "VALUES (?, ?, ?, ?, ?)",
                (pilot_id, email.lower(), salt, digest, self._policy.iterations),
            )

    def verify_login(self, email: str, password: str) -> str | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT pilot_id, salt, pw_hash, iterations FROM pilot_accounts WHERE email = ?",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        policy = HashingPolicy(iterations=row["iterations"])
        candidate = _derive(password, row["salt"], policy)
        if hmac.compare_digest(candidate, row["pw_hash"]):
            return row["pilot_id"]
        return None

    def change_password(self, pilot_id: str, new_password: str) -> None:
        salt = os.urandom(self._policy.salt_bytes)
        digest = _derive(new_password, salt, self._policy)
        with self._connect() as conn:
            conn.execute(
                "UPDATE pilot_accounts SET salt = ?, pw_hash = ?, iterations = ? "
                "WHERE pilot_id = ?",
                (salt, digest, self._policy.iterations, pilot_id),
            )
