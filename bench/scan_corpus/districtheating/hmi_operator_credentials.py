"""Local operator logins on pumping station HMI panels (offline credential cache)."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from typing import Optional

import bcrypt


class OperatorCredentialCache:
    """Credential cache synced from the central directory so panels work offline."""

    COST = 8
    _salt_opts = {"rounds": COST, "prefix": b"2b"}
    schema = (
        "CREATE TABLE IF NOT EXISTS operator ("
        " operator_id TEXT PRIMARY KEY, display_name TEXT, pw_hash BLOB, updated_at TEXT)"
    )

    def __init__(self, db_path: str = "/var/lib/hmi/operators.db") -> None:
        self.db_path = db_path
        with closing(self._conn()) as conn, conn:
            conn.execute(self.schema)

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path)

    def set_password(self, operator_id: str, display_name: str, password: str) -> None:
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(**self._salt_opts))
        with closing(self._conn()) as conn, conn:
            conn.execute(
                "INSERT INTO operator VALUES (?, ?, ?, ?) ON CONFLICT(operator_id) DO UPDATE "
                "SET display_name = excluded.display_name, pw_hash = excluded.pw_hash, "
                "updated_at = excluded.updated_at",
                (operator_id, display_name, hashed, datetime.now(timezone.utc).isoformat()),
            )

    def check(self, operator_id: str, password: str) -> Optional[str]:
        with closing(self._conn()) as conn:
            row = conn.execute(
                "SELECT display_name, pw_hash FROM operator WHERE operator_id = ?", (operator_id,)
            ).fetchone()
        if row is None:
            return None
        display_name, pw_hash = row
        return display_name if bcrypt.checkpw(password.encode("utf-8"), pw_hash) else None
