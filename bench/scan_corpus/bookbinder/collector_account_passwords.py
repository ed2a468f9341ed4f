"""Collector account registration and sign-in for the bindery's online portal.

Private collectors use the portal to follow their restoration jobs, approve
quotes and book courier collections. This module owns creating their
accounts and checking their credentials at sign-in.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


class PortalSettings:
    DATABASE_URL = os.environ.get("PORTAL_DATABASE_URL", "postgresql://localhost/bindery")
    HASH_NAME = "sha256"
    HASH_ROUNDS = 120_000
    SALT_BYTES = 16


@dataclass
class CollectorAccount:
    collector_id: int
    email: str
    display_name: str


def _derive(password: str, salt: bytes, settings=PortalSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.HASH_NAME, password.encode("utf-8"), salt, settings.HASH_ROUNDS
    )


def register_collector(email: str, display_name: str, password: str) -> CollectorAccount:
    salt = os.urandom(PortalSettings.SALT_BYTES)
    digest = _derive(password, salt)
    with psycopg.connect(PortalSettings.DATABASE_URL) as conn:
        row = conn.execute(
            "INSERT INTO collectors (email, display_name, pw_salt, pw_hash) "
            "VALUES (%s, %s, %s, %s) RETURNING id",
            (email.lower(), display_name, salt, digest),
        ).fetchone()
    return CollectorAccount(row[0], email.lower(), display_name)


def authenticate(email: str, password: str) -> CollectorAccount | None:
    with psycopg.connect(PortalSettings.DATABASE_URL) as conn:
        row = conn.execute(
            "SELECT id, email, display_name, pw_salt, pw_hash FROM collectors WHERE email = %s",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _derive(password, bytes(row[3]))
    if not hmac.compare_digest(candidate, bytes(row[4])):
        return None
    return CollectorAccount(row[0], row[1], row[2])
