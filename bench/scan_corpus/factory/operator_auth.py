"""Operator login for the line-side HMI tablets."""
import hashlib as hl
import hmac
import os
import sqlite3

DB_PATH = os.environ.get("HMI_DB", "/var/lib/hmi/operators.db")
_DIGEST = "sha256"


def _conn():
    return sqlite3.connect(DB_PATH)


def _digest(password: str, salt: bytes) -> str:
    return hl.new(_DIGEST, salt + password.encode("utf-8")).hexdigest()


def create_operator(badge_id: str, password: str, role: str = "operator") -> None:
    salt = os.urandom(16)
    with _conn() as db:
        db.execute(
            "INSERT INTO operators (badge_id, salt, pw_hash, role) VALUES (?, ?, ?, ?)",
            (badge_id, salt.hex(), _digest(password, salt), role),
        )


def verify_operator(badge_id: str, password: str) -> bool:
    with _conn() as db:
        row = db.execute(
            "SELECT salt, pw_hash FROM operators WHERE badge_id = ?", (badge_id,)
        ).fetchone()
    if row is None:
        return False
    salt, stored = bytes.fromhex(row[0]), row[1]
    return hmac.compare_digest(_digest(password, salt), stored)
