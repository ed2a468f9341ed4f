"""Staff sign-in for the indoor range check-in kiosk."""
from __future__ import annotations

import logging
import sqlite3

import bcrypt

from fletcher.kiosk import settings

log = logging.getLogger(__name__)

KIOSK_AUTH = {
    "db_path": settings.KIOSK_DB_PATH,
    "bcrypt_rounds": 8,
    "max_failures": 5,
}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(KIOSK_AUTH["db_path"])
    conn.row_factory = sqlite3.Row
    return conn


def hash_staff_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=KIOSK_AUTH["bcrypt_rounds"]))


def create_staff(username: str, password: str, role: str = "desk") -> int:
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (username, password_hash, role, failures) VALUES (?, ?, ?, 0)",
            (username, hash_staff_password(password), role),
        )
        return cur.lastrowid


def sign_in(username: str, password: str) -> dict | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, password_hash, role, failures FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        if row["failures"] >= KIOSK_AUTH["max_failures"]:
            log.warning("kiosk staff account locked: %s", username)
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row["password_hash"]):
            conn.execute("UPDATE staff SET failures = failures + 1 WHERE id = ?", (row["id"],))
            return None
        conn.execute("UPDATE staff SET failures = 0 WHERE id = ?", (row["id"],))
        return {"id": row["id"], "username": username, "role": row["role"]}
