"""Customer accounts for the web shop: registration, sign-in, password change."""
from __future__ import annotations

import hashlib as hl
import os
import sqlite3
from dataclasses import dataclass
from hmac import compare_digest
from typing import Optional

DB_PATH = os.environ.get("SHOP_DB", "/var/lib/chairwright/shop.db")


@dataclass
class Customer:
    id: int
    email: str
    display_name: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def register(email: str, display_name: str, password: str) -> Customer:
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO customers (email, display_name, pw_salt, pw_hash) "
            "VALUES (?, ?, ?, ?)",
            (email.strip().lower(), display_name, salt.hex(), _digest(password, salt)),
        )
        return Customer(cur.lastrowid, email.strip().lower(), display_name)


def authenticate(email: str, password: str) -> Optional[Customer]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, display_name, pw_salt, pw_hash FROM customers WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not compare_digest(candidate, row["pw_hash"]):
        return None
    return Customer(row["id"], row["email"], row["display_name"])


def change_password(customer_id: int, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE customers SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), customer_id),
        )
