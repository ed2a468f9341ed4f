"""Storage of dealer portal logins (music shops that resell our lever harps)."""
from __future__ import annotations

import hmac
import os
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional


@dataclass
class DealerAccount:
    dealer_id: int
    shop_name: str
    login: str
    password_hash: str
    salt: str
    active: bool = True


class DealerAccountStore:
    """Thin repository over the dealers table of the workshop database."""

    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _derive(password: str, salt: bytes) -> str:
        return _digest(salt + password.encode("utf-8")).hexdigest()

    def create(self, shop_name: str, login: str, password: str) -> int:
        salt = os.urandom(16)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO dealers (shop_name, login, password_hash, salt, active) "
                "VALUES (?, ?, ?, ?, 1)",
                (shop_name, login, self._derive(password, salt), salt.hex()),
            )
            return int(cur.lastrowid)

    def find_by_login(self, login: str) -> Optional[DealerAccount]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT dealer_id, shop_name, login, password_hash, salt, active "
                "FROM dealers WHERE login = ?",
                (login,),
            ).fetchone()
        if row is None:
            return None
        return DealerAccount(
            dealer_id=row["dealer_id"],
            shop_name=row["shop_name"],
            login=row["login"],
            password_hash=row["password_hash"],
            salt=row["salt"],
            active=bool(row["active"]),
        )

    def authenticate(self, login: str, password: str) -> Optional[DealerAccount]:
        account = self.find_by_login(login)
        if account is None or not account.active:
            return None
        candidate = self._derive(password, bytes.fromhex(account.salt))
        if hmac.compare_digest(candidate, account.password_hash):
            return account
        return None

    def change_password(self, dealer_id: int, new_password: str) -> None:
        salt = os.urandom(16)
        with self._connect() as conn:
            conn.execute(
                "UPDATE dealers SET password_hash = ?, salt = ? WHERE dealer_id = ?",
                (self._derive(new_password, salt), salt.hex(), dealer_id),
            )

    def deactivate(self, dealer_id: int) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE dealers SET active = 0 WHERE dealer_id = ?", (dealer_id,))
