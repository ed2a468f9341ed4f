"""Credential store for facility staff who log in at rental kiosks."""
from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional

import psycopg

log = logging.getLogger(__name__)


@dataclass
class StaffCredential:
    staff_id: int
    username: str
    salt: str
    password_hash: str
    facility_id: int


class StaffCredentialStore:
    """Stores kiosk staff passwords; rows live in the ``kiosk_staff`` table."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _hash(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def create(self, username: str, password: str, facility_id: int) -> int:
        salt = secrets.token_hex(16)
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO kiosk_staff (username, salt, password_hash, facility_id) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (username, salt, self._hash(password, salt), facility_id),
            ).fetchone()
        log.info("created kiosk staff account %s for facility %s", username, facility_id)
        return int(row[0])

    def _load(self, username: str) -> Optional[StaffCredential]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, username, salt, password_hash, facility_id "
                "FROM kiosk_staff WHERE username = %s AND active",
                (username,),
            ).fetchone()
        return StaffCredential(*row) if row else None

    def verify(self, username: str, password: str, facility_id: int) -> Optional[StaffCredential]:
        cred = self._load(username)
        if cred is None or cred.facility_id != facility_id:
            return None
        candidate = self._hash(password, cred.salt)
        if not hmac.compare_digest(candidate, cred.password_hash):
            log.info("kiosk login rejected for %s", username)
            return None
        return cred

    def reset(self, staff_id: int, new_password: str) -> None:
        salt = secrets.token_hex(16)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE kiosk_staff SET salt = %s, password_hash = %s WHERE id = %s",
                (salt, self._hash(new_password, salt), staff_id),
            )
