"""Credential storage for the timber supplier portal.

Sawmills and chandlers log in to the portal to confirm purchase orders,
upload mill certificates and post delivery dates for the yard.
"""
from __future__ import annotations

import hmac
import secrets
from hashlib import sha256 as _digest

import psycopg


class SupplierCredentialStore:
    """Persists supplier portal logins in the yard's Postgres database."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _derive(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def create(self, supplier_code: str, password: str) -> None:
        salt = secrets.token_hex(16)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO supplier_logins (supplier_code, salt, pw_hash) "
                "VALUES (%s, %s, %s)",
                (supplier_code, salt, self._derive(password, salt)),
            )

    def verify(self, supplier_code: str, password: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT salt, pw_hash FROM supplier_logins WHERE supplier_code = %s",
                (supplier_code,),
            ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._derive(password, salt), stored)

    def change_password(self, supplier_code: str, old: str, new: str) -> bool:
        if len(new) < 12 or not self.verify(supplier_code, old):
            return False
        salt = secrets.token_hex(16)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE supplier_logins SET salt = %s, pw_hash = %s "
                "WHERE supplier_code = %s",
                (salt, self._derive(new, salt), supplier_code),
            )
        return True

    def disable(self, supplier_code: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE supplier_logins SET disabled = TRUE WHERE supplier_code = %s",
                (supplier_code,),
            )
