"""Customer accounts for the online bottle shop: sign-up, login and newsletter matching."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher()


@dataclass
class Customer:
    customer_id: int
    email: str
    display_name: str
    over_18_confirmed: bool


def email_fingerprint(email: str) -> str:
    """Stable id used to match shop customers with newsletter subscribers."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class CustomerStore:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, email TEXT UNIQUE,"
            " fingerprint TEXT, display_name TEXT, over_18 INTEGER, password_hash TEXT)"
        )

    def register(self, email: str, display_name: str, password: str, over_18: bool) -> int:
        if not over_18:
            raise ValueError("customers must confirm they are over 18")
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        cur = self.conn.execute(
            "INSERT INTO customers (email, fingerprint, display_name, over_18, password_hash)"
            " VALUES (?, ?, ?, ?, ?)",
            (email.lower(), email_fingerprint(email), display_name, 1, _hasher.hash(password)),
        )
        self.conn.commit()
        return int(cur.lastrowid)

    def login(self, email: str, password: str) -> Optional[Customer]:
        row = self.conn.execute(
            "SELECT id, email, display_name, over_18, password_hash FROM customers WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        try:
            _hasher.verify(row[4], password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row[4]):
            self.conn.execute(
                "UPDATE customers SET password_hash = ? WHERE id = ?", (_hasher.hash(password), row[0])
            )
            self.conn.commit()
        return Customer(row[0], row[1], row[2], bool(row[3]))
