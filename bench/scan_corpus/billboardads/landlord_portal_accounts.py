"""Landlord self-service portal accounts.

Landlords who lease wall, roof and roadside space log in to the portal to
see lease statements and upcoming payments.  Accounts live in the shared
Postgres database next to the site inventory.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class LandlordAccountStore:
    """Creates landlord logins and checks their passwords."""

    def __init__(self, dsn: str, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self._dsn = dsn
        self._policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        p = self._policy
        return f"pbkdf2_{p.algorithm}${p.iterations}${salt.hex()}${digest.hex()}"

    def create_account(self, landlord_id: int, email: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._policy.salt_bytes)
        stored = self._encode(salt, self._derive(password, salt, self._policy.iterations))
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO landlord_accounts (landlord_id, email, password_hash) "
                "VALUES (%s, %s, %s)",
                (landlord_id, email.strip().lower(), stored),
            )

    def verify_login(self, email: str, password: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT landlord_id, password_hash FROM landlord_accounts "
                "WHERE email = %s AND disabled_at IS NULL",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        landlord_id, stored = row
        _scheme, iterations, salt_hex, digest_hex = stored.split("$")
        candidate = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        if hmac.compare_digest(candidate, bytes.fromhex(digest_hex)):
            return landlord_id
        return None

    def change_password(self, landlord_id: int, new_password: str) -> None:
        salt = os.urandom(self._policy.salt_bytes)
        stored = self._encode(salt, self._derive(new_password, salt, self._policy.iterations))
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE landlord_accounts SET password_hash = %s, updated_at = now() "
                "WHERE landlord_id = %s",
                (stored, landlord_id),
            )
