"""Collector account registration and sign-in for the online shop.

Collectors register to keep a wishlist of cartographers and regions, and
to receive early notice of new stock before it is listed publicly.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("MAPSELLER_DB", "/var/lib/mapseller/shop.db")


@dataclass
class Collector:
    id: int
    email: str
    display_name: str
    password_hash: str
    salt: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_password(password: str, salt: str) -> str:
    return hl.sha256((salt + password).encode("utf-8")).hexdigest()


def register_collector(email: str, display_name: str, password: str) -> int:
    salt = os.urandom(16).hex()
    pw_hash = _digest_password(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO collectors (email, display_name, password_hash, salt) "
            "VALUES (?, ?, ?, ?)",
            (email.strip().lower(), display_name.strip(), pw_hash, salt),
        )
        return cur.lastrowid


def find_collector(email: str) -> Optional[Collector]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, display_name, password_hash, salt "
            "FROM collectors WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    return Collector(**dict(row)) if row else None


def authenticate(email: str, password: str) -> Optional[Collector]:
    collector = find_collector(email)
    if collector is None:
        return None
    candidate = _digest_password(password, collector.salt)
    if hmac.compare_digest(candidate, collector.password_hash):
        return collector
    return None


def change_password(collector_id: int, new_password: str) -> None:
    salt = os.urandom(16).hex()
    with _connect() as conn:
        conn.execute(
            "UPDATE collectors SET password_hash = ?, salt = ? WHERE id = ?",
            (_digest_password(new_password, salt), salt, collector_id),
        )
