"""Account storage for the wholesale ordering portal.

Cafes, grocers and bars that stock our kombucha sign in here to place
keg and case orders. Accounts live in the shared Postgres database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class PortalSettings:
    database_url: str
    pbkdf2_iterations: int = 100_000
    salt_bytes: int = 16
    min_password_length: int = 12

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(database_url=os.environ["WHOLESALE_DATABASE_URL"])


class AccountError(Exception):
    pass


class WholesaleAccountStore:
    def __init__(self, settings: PortalSettings):
        self.settings = settings

    @staticmethod
    def _derive(password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)

    def create_account(self, account_code: str, email: str, password: str) -> None:
        if len(password) < self.settings.min_password_length:
            raise AccountError("password too short")
        salt = os.urandom(self.settings.salt_bytes)
        iterations = self.settings.pbkdf2_iterations
        digest = self._derive(password, salt, iterations)
        with psycopg.connect(self.settings.database_url) as conn:
            conn.execute(
                "INSERT INTO wholesale_accounts"
                " (account_code, email, pw_salt, pw_hash, pw_iterations)"
                " VALUES (%s, %s, %s, %s, %s)",
                (account_code, email.strip().lower(), salt, digest, iterations),
            )

    def verify_login(self, email: str, password: str) -> str | None:
        with psycopg.connect(self.settings.database_url) as conn:
            row = conn.execute(
                "SELECT account_code, pw_salt, pw_hash, pw_iterations"
                " FROM wholesale_accounts WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        account_code, salt, stored, iterations = row
        candidate = self._derive(password, bytes(salt), iterations)
        if hmac.compare_digest(candidate, bytes(stored)):
            return account_code
        return None

    def change_password(self, email: str, old_password: str, new_password: str) -> None:
        account_code = self.verify_login(email, old_password)
        if account_code is None:
            raise AccountError("current password does not match")
        if len(new_password) < self.settings.min_password_length:
            raise AccountError("password too short")
        salt = os.urandom(self.settings.salt_bytes)
        iterations = self.settings.pbkdf2_iterations
        digest = self._derive(new_password, salt, iterations)
        with psycopg.connect(self.settings.database_url) as conn:
            conn.execute(
                "UPDATE wholesale_accounts SET pw_salt = %s, pw_hash = %s,"
                " pw_iterations = %s WHERE account_code = %s",
                (salt, digest, iterations, account_code),
            )
