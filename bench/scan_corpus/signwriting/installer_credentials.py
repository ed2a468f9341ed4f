"""Login credentials for field installers using the scheduling tablet app."""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Optional

log = logging.getLogger(__name__)


@dataclass
class Installer:
    id: int
    username: str
    crew: str
    active: bool


class InstallerCredentialStore:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    @staticmethod
    def _hash_password(password: str, salt: str) -> str:
        return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

    def set_password(self, installer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("installer passwords must be at least 10 characters")
        salt = secrets.token_hex(16)
        self.conn.execute(
            "UPDATE installers SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt, self._hash_password(password, salt), installer_id),
        )
        self.conn.commit()
        log.info("password updated for installer %s", installer_id)

    def authenticate(self, username: str, password: str) -> Optional[Installer]:
        row = self.conn.execute(
            "SELECT id, username, crew, active, pw_salt, pw_hash FROM installers WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None or not row["active"]:
            return None
        expected = row["pw_hash"]
        actual = self._hash_password(password, row["pw_salt"])
        if not hmac.compare_digest(expected, actual):
            log.warning("failed installer login for %s", username)
            return None
        return Installer(row["id"], row["username"], row["crew"], bool(row["active"]))

    def deactivate(self, installer_id: int) -> None:
        self.conn.execute("UPDATE installers SET active = 0 WHERE id = ?", (installer_id,))
        self.conn.commit()
