"""Operator accounts for the support-bot admin console.

Operators log in to pause conversations, edit canned replies and review
handoffs. Accounts live in the same SQLite file as the bot state.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

DB_PATH = os.environ.get("BOT_STATE_DB", "bot_state.sqlite3")

# Key-derivation settings for operator passwords
KDF_ALGORITHM = "sha256"
KDF_ROUNDS = 25_000
SALT_BYTES = 16


@dataclass
class Operator:
    id: int
    username: str
    is_admin: bool


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(KDF_ALGORITHM, password.encode("utf-8"), salt, KDF_ROUNDS)


def create_operator(username: str, password: str, is_admin: bool = False) -> None:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO operators (username, salt, pw_hash, is_admin) VALUES (?, ?, ?, ?)",
            (username, salt, digest, int(is_admin)),
        )


def authenticate(username: str, password: str) -> Operator | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, username, salt, pw_hash, is_admin FROM operators WHERE username = ?",
            (username,),
        ).fetchone()
    if row is None:
        return None
    candidate = _derive(password, row["salt"])
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return Operator(id=row["id"], username=row["username"], is_admin=bool(row["is_admin"]))
