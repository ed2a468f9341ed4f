"""Sign-in for technicians on site tablets.

Tablets are shared between crew members, so each login also records a
fingerprint of the tablet so the ops team can see which device was used.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
import psycopg

log = logging.getLogger("auth.technician")


@dataclass(frozen=True)
class LoginSettings:
    bcrypt_rounds: int = 12
    max_failed_attempts: int = 5


def device_fingerprint(device_serial: str, app_version: str) -> str:
    return hashlib.sha256(f"{device_serial}:{app_version}".encode()).hexdigest()[:16]


class TechnicianLoginService:
    def __init__(self, conn: psycopg.Connection, settings: LoginSettings | None = None) -> None:
        self._conn = conn
        self._settings = settings or LoginSettings()

    def hash_password(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self._settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, technician_id: int, password: str) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE technicians SET password_hash = %s, failed_logins = 0 WHERE id = %s",
                (self.hash_password(password), technician_id),
            )
        self._conn.commit()

    def login(self, employee_number: str, password: str, device_serial: str, app_version: str):
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT id, password_hash, failed_logins FROM technicians "
                "WHERE employee_number = %s AND active",
                (employee_number,),
            )
            row = cur.fetchone()
            if row is None:
                return None
            technician_id, stored, failed = row
            if failed >= self._settings.max_failed_attempts:
                log.warning("technician %s locked out", employee_number)
                return None
            if not bcrypt.checkpw(password.encode("utf-8"), bytes(stored)):
                cur.execute(
                    "UPDATE technicians SET failed_logins = failed_logins + 1 WHERE id = %s",
                    (technician_id,),
                )
                self._conn.commit()
                return None
            cur.execute(
                "INSERT INTO tablet_logins (technician_id, device_fp, logged_in_at) "
                "VALUES (%s, %s, %s)",
                (technician_id, device_fingerprint(device_serial, app_version),
                 datetime.now(timezone.utc)),
            )
            cur.execute("UPDATE technicians SET failed_logins = 0 WHERE id = %s", (technician_id,))
        self._conn.commit()
        return technician_id
