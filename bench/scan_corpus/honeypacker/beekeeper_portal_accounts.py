"""Account management for the beekeeper supplier portal.

Beekeepers who deliver drums to the plant log in to see their intake
weights, moisture results and payment statements.
"""
from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from hashlib import sha512 as _digest

import psycopg

MIN_PASSWORD_LENGTH = 10


@dataclass
class BeekeeperAccount:
    supplier_id: int
    email: str
    password_hash: str
    salt: str
    active: bool = True


def _derive(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class BeekeeperAccountStore:
    """Persists portal logins for registered beekeepers."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, supplier_id: int, email: str, password: str) -> BeekeeperAccount:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        salt = os.urandom(16).hex()
        account = BeekeeperAccount(supplier_id, email.strip().lower(), _derive(password, salt), salt)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO beekeeper_accounts (supplier_id, email, password_hash, salt, active) "
                "VALUES (%s, %s, %s, %s, %s)",
                (account.supplier_id, account.email, account.password_hash, account.salt, True),
            )
        return account

    def find(self, email: str) -> BeekeeperAccount | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT supplier_id, email, password_hash, salt, active "
                "FROM beekeeper_accounts WHERE email = %s",
                (email.strip().lower(),),
            ).fetchone()
        return BeekeeperAccount(*row) if row else None

    def authenticate(self, email: str, password: str) -> BeekeeperAccount | None:
        account = self.find(email)
        if account is None or not account.active:
            return None
        candidate = _derive(password, account.salt)
        if hmac.compare_digest(candidate, account.password_hash):
            return account
        return None

    def change_password(self, supplier_id: int, new_password: str) -> None:
        if len(new_password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        salt = os.urandom(16).hex()
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE beekeeper_accounts SET password_hash = %s, salt = %s WHERE supplier_id = %s",
                (_derive(new_password, salt), salt, supplier_id),
            )

    def deactivate(self, supplier_id: int) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE beekeeper_accounts SET active = FALSE WHERE supplier_id = %s",
                (supplier_id,),
            )
