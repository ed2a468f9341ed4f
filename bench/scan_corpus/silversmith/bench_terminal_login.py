"""Login for the back-office terminals used by the assay submission clerks."""

import hashlib
import hmac
import os
import sqlite3

from workshop.config import settings

HASH_CONFIG = {
    "digest": "sha256",
    "iterations": 720_000,
    "salt_len": 16,
    "dklen": 32,
}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.TERMINAL_DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _stretch(secret: str, salt: bytes, cfg: dict = HASH_CONFIG) -> bytes:
    return hashlib.pbkdf2_hmac(cfg["digest"], secret.encode(), salt, cfg["iterations"], cfg["dklen"])


def enrol_clerk(username: str, password: str) -> None:
    salt = os.urandom(HASH_CONFIG["salt_len"])
    with _connect() as conn:
        conn.execute(
            "INSERT INTO clerks (username, salt, pw_hash) VALUES (?, ?, ?)",
            (username, salt, _stretch(password, salt)),
        )


def login(username: str, password: str) -> bool:
    with _connect() as conn:
        row = conn.execute(
            "SELECT salt, pw_hash FROM clerks WHERE username = ? AND disabled = 0",
            (username,),
        ).fetchone()
    if row is None:
        _stretch(password, b"\x00" * HASH_CONFIG["salt_len"])
        return False
    return hmac.compare_digest(_stretch(password, row["salt"]), row["pw_hash"])
