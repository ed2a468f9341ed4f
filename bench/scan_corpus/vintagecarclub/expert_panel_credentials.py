"""Password storage for the technical panel (marque experts and scrutineers).

The panel's login predates the main members' site and uses PBKDF2 so the
hashes stay compatible with the Django admin the panel also uses.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_length: int = 16


class PanelPasswordHasher:
    def __init__(self, policy: Pbkdf2Policy = Pbkdf2Policy()) -> None:
        self.policy = policy

    def encode(self, password: str) -> str:
        salt = secrets.token_urlsafe(self.policy.salt_length)
        dk = hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode(), salt.encode(), self.policy.iterations
        )
        return f"pbkdf2_{self.policy.algorithm}${self.policy.iterations}${salt}${base64.b64encode(dk).decode()}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algorithm, iterations, salt, b64 = encoded.split("$", 3)
        except ValueError:
            return False
        dk = hashlib.pbkdf2_hmac(
            algorithm.removeprefix("pbkdf2_"), password.encode(), salt.encode(), int(iterations)
        )
        return hmac.compare_digest(base64.b64encode(dk).decode(), b64)

    def must_update(self, encoded: str) -> bool:
        return int(encoded.split("$", 2)[1]) < self.policy.iterations


class PanelAccounts:
    def __init__(self, conn: psycopg.Connection, hasher: PanelPasswordHasher | None = None) -> None:
        self.conn = conn
        self.hasher = hasher or PanelPasswordHasher()

    def login(self, username: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password FROM panel_users WHERE username = %s AND is_active",
            (username,),
        ).fetchone()
        if row is None or not self.hasher.verify(password, row[1]):
            return None
        if self.hasher.must_update(row[1]):
            self.conn.execute(
                "UPDATE panel_users SET password = %s WHERE id = %s",
                (self.hasher.encode(password), row[0]),
            )
            self.conn.commit()
        return row[0]
