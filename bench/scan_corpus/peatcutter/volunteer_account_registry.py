"""Volunteer account registry for community restoration days.

Volunteers sign up through the public site to join ditch-blocking and
sphagnum planting days. This module creates their accounts and checks
their credentials when they come back to manage shift bookings.
"""

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


class RegistrySettings:
    DB_PATH = os.environ.get("VOLUNTEER_DB", "/var/lib/peatcutter/volunteers.db")
    HASH_NAME = "sha256"
    HASH_ROUNDS = 120_000
    SALT_BYTES = 16


@dataclass
class Volunteer:
    email: str
    full_name: str
    phone: str | None = None
    emergency_contact: str | None = None


def _derive(password: str, salt: bytes, settings=RegistrySettings) -> bytes:
    return hashlib.pbkdf2_hmac(settings.HASH_NAME, password.encode("utf-8"), salt, settings.HASH_ROUNDS)


def _connect(settings=RegistrySettings) -> sqlite3.Connection:
    conn = sqlite3.connect(settings.DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def register_volunteer(volunteer: Volunteer, password: str) -> int:
    if len(password) < 10:
        raise ValueError("Password must be at least 10 characters")
    salt = os.urandom(RegistrySettings.SALT_BYTES)
    digest = _derive(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO volunteers (email, full_name, phone, emergency_contact, pw_salt, pw_hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                volunteer.email.strip().lower(),
                volunteer.full_name,
                volunteer.phone,
                volunteer.emergency_contact,
                salt,
                digest,
            ),
        )
        return cur.lastrowid


def check_login(email: str, password: str) -> bool:
    with _connect() as conn:
        row = conn.execute(
            "SELECT pw_salt, pw_hash FROM volunteers WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    if row is None:
        return False
    return hmac.compare_digest(_derive(password, row["pw_salt"]), row["pw_hash"])
