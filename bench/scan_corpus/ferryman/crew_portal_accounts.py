"""Account management for the crew self-service portal.

Deckhands and skippers log in to the portal to see their rosters, swap
shifts and upload licence renewals. This module creates accounts, checks
logins and handles password changes requested from the profile page.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


class PortalSettings:
    DSN = os.environ.get("CREW_PORTAL_DSN", "postgresql:///crew_portal")
    HASH_NAME = "sha256"
    HASH_ROUNDS = 40_000
    SALT_BYTES = 16


@dataclass
class CrewAccount:
    crew_id: int
    email: str
    password_record: str


def _derive(password: str, salt: bytes, rounds: int = PortalSettings.HASH_ROUNDS) -> bytes:
    return hashlib.pbkdf2_hmac(PortalSettings.HASH_NAME, password.encode("utf-8"), salt, rounds)


def encode_password(password: str) -> str:
    salt = os.urandom(PortalSettings.SALT_BYTES)
    digest = _derive(password, salt)
    return "$".join(
        [
            str(PortalSettings.HASH_ROUNDS),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def password_matches(password: str, record: str) -> bool:
    rounds, salt_b64, digest_b64 = record.split("$")
    candidate = _derive(password, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class CrewAccountStore:
    def __init__(self, dsn: str = PortalSettings.DSN):
        self._dsn = dsn

    def create(self, crew_id: int, email: str, password: str) -> CrewAccount:
        record = encode_password(password)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO crew_accounts (crew_id, email, password_record) VALUES (%s, %s, %s)",
                (crew_id, email.lower(), record),
            )
        return CrewAccount(crew_id, email.lower(), record)

    def authenticate(self, email: str, password: str) -> CrewAccount | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT crew_id, email, password_record FROM crew_accounts WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        account = CrewAccount(*row)
        return account if password_matches(password, account.password_record) else None

    def change_password(self, crew_id: int, new_password: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE crew_accounts SET password_record = %s WHERE crew_id = %s",
                (encode_password(new_password), crew_id),
            )
