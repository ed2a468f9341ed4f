"""Login store for the landowner self-service area.

Landowners can sign in to accept quotes, view job progress photos and
download the completion certificate needed for their stewardship claim.
"""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _h
from typing import Optional


@dataclass
class Landowner:
    id: int
    email: str
    farm_name: str


class LandownerLoginStore:
    def __init__(self, db_path: str) -> None:
        self._db = sqlite3.connect(db_path)
        self._db.row_factory = sqlite3.Row
        self._db.execute(
            """
            CREATE TABLE IF NOT EXISTS landowners (
                id INTEGER PRIMARY KEY,
                email TEXT UNIQUE NOT NULL,
                farm_name TEXT NOT NULL,
                salt TEXT NOT NULL,
                password_digest TEXT NOT NULL
            )
            """
        )

    @staticmethod
    def _digest(salt: str, password: str) -> str:
        return _h((salt + password).encode("utf-8")).hexdigest()

    def register(self, email: str, farm_name: str, password: str) -> Landowner:
        salt = secrets.token_hex(16)
        cur = self._db.execute(
            "INSERT INTO landowners (email, farm_name, salt, password_digest) "
            "VALUES (?, ?, ?, ?)",
            (email.lower(), farm_name, salt, self._digest(salt, password)),
        )
        self._db.commit()
        return Landowner(id=cur.lastrowid, email=email.lower(), farm_name=farm_name)

    def authenticate(self, email: str, password: str) -> Optional[Landowner]:
        row = self._db.execute(
            "SELECT id, email, farm_name, salt, password_digest FROM landowners "
            "WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = self._digest(row["salt"], password)
        if not hmac.compare_digest(candidate, row["password_digest"]):
            return None
        return Landowner(id=row["id"], email=row["email"], farm_name=row["farm_name"])

    def reset_password(self, landowner_id: int, new_password: str) -> None:
        salt = secrets.token_hex(16)
        self._db.execute(
            "UPDATE landowners SET salt = ?, password_digest = ? WHERE id = ?",
            (salt, self._digest(salt, new_password), landowner_id),
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()
