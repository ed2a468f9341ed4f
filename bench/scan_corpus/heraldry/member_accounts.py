"""Member portal accounts: registration and sign-in for registry members."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("REGISTRY_DB", "/var/lib/heraldry/registry.db")


@dataclass
class Member:
    id: int
    email: str
    display_name: str
    armiger: bool = False


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_password(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def register_member(email: str, display_name: str, password: str) -> Member:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    digest = _digest_password(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO members (email, display_name, pw_salt, pw_hash) VALUES (?, ?, ?, ?)",
            (email.lower(), display_name, salt.hex(), digest),
        )
        return Member(id=cur.lastrowid, email=email.lower(), display_name=display_name)


def authenticate(email: str, password: str) -> Optional[Member]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, display_name, armiger, pw_salt, pw_hash "
            "FROM members WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest_password(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return Member(row["id"], row["email"], row["display_name"], bool(row["armiger"]))


def change_password(member_id: int, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE members SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), _digest_password(new_password, salt), member_id),
        )
