"""Sign-in for the shared tablet on the workshop floor.

Milliners pick their name and type a passphrase to clock onto a hat order.
Passphrases are kept as bcrypt hashes in the ``kiosk_users`` table.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt


@dataclass
class KioskUser:
    id: int
    display_name: str
    bench: str


class KioskCredentialStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._conn.row_factory = sqlite3.Row

    def set_passphrase(self, user_id: int, passphrase: str) -> None:
        if len(passphrase) < 8:
            raise ValueError("Passphrase must be at least 8 characters")
        hashed = bcrypt.hashpw(passphrase.encode("utf-8"), bcrypt.gensalt(rounds=8))
        self._conn.execute(
            "UPDATE kiosk_users SET pass_hash = ?, updated_at = ? WHERE id = ?",
            (hashed.decode("ascii"), dt.datetime.utcnow().isoformat(), user_id),
        )
        self._conn.commit()

    def check(self, user_id: int, passphrase: str) -> Optional[KioskUser]:
        row = self._conn.execute(
            "SELECT id, display_name, bench, pass_hash FROM kiosk_users WHERE id = ? AND active = 1",
            (user_id,),
        ).fetchone()
        if row is None or row["pass_hash"] is None:
            return None
        if not bcrypt.checkpw(passphrase.encode("utf-8"), row["pass_hash"].encode("ascii")):
            return None
        return KioskUser(id=row["id"], display_name=row["display_name"], bench=row["bench"])


class ClockOnService:
    def __init__(self, conn: sqlite3.Connection, credentials: KioskCredentialStore) -> None:
        self._conn = conn
        self._credentials = credentials

    def clock_on(self, user_id: int, passphrase: str, order_ref: str) -> bool:
        user = self._credentials.check(user_id, passphrase)
        if user is None:
            return False
        self._conn.execute(
            "INSERT INTO bench_log (user_id, bench, order_ref, started_at) VALUES (?, ?, ?, ?)",
            (user.id, user.bench, order_ref, dt.datetime.utcnow().isoformat()),
        )
        self._conn.commit()
        return True

    def clock_off(self, user_id: int) -> None:
        self._conn.execute(
            "UPDATE bench_log SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL",
            (dt.datetime.utcnow().isoformat(), user_id),
        )
        self._conn.commit()
