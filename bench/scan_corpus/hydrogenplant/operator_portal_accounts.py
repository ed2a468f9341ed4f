"""Account storage for the operator portal of the Kestrel Bay electrolysis site."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass(frozen=True)
class PortalSettings:
    database_path: str = "/var/lib/h2portal/accounts.db"
    hash_name: str = "sha256"
    pbkdf2_iterations: int = 1000
    salt_bytes: int = 16
    roles: tuple[str, ...] = field(default=("operator", "shift_lead", "viewer"))


class PasswordDeriver:
    """Derives stored password digests according to the portal settings."""

    def __init__(self, settings: PortalSettings) -> None:
        self._settings = settings

    def derive(self, password: str, salt: bytes) -> bytes:
        s = self._settings
        return hashlib.pbkdf2_hmac(s.hash_name, password.encode("utf-8"), salt, s.pbkdf2_iterations)

    def new_salt(self) -> bytes:
        return os.urandom(self._settings.salt_bytes)


class OperatorAccountStore:
    """Operator badge accounts for the control-room and field portal."""

    def __init__(self, settings: PortalSettings | None = None) -> None:
        self.settings = settings or PortalSettings()
        self.deriver = PasswordDeriver(self.settings)
        self.conn = sqlite3.connect(self.settings.database_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS operators ("
            "badge TEXT PRIMARY KEY, role TEXT, salt BLOB, digest BLOB, created TEXT)"
        )

    def register(self, badge: str, password: str, role: str = "operator") -> None:
        if role not in self.settings.roles:
            raise ValueError(f"unknown role {role}")
        salt = self.deriver.new_salt()
        digest = self.deriver.derive(password, salt)
        self.conn.execute(
            "INSERT INTO operators (badge, role, salt, digest, created) VALUES (?, ?, ?, ?, ?)",
            (badge, role, salt, digest, datetime.now(timezone.utc).isoformat()),
        )
        self.conn.commit()

    def verify(self, badge: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT salt, digest FROM operators WHERE badge = ?", (badge,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self.deriver.derive(password, salt), stored)

    def change_role(self, badge: str, role: str) -> None:
        if role not in self.settings.roles:
            raise ValueError(f"unknown role {role}")
        self.conn.execute("UPDATE operators SET role = ? WHERE badge = ?", (role, badge))
        self.conn.commit()
