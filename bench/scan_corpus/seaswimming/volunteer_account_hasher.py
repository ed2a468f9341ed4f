"""Account management for safety kayaker volunteers.

Kayakers log in to the rota app to pick up or swap cover for open-water
sessions. Their passwords are stored as bcrypt hashes in Postgres.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)

BCRYPT_COST = 8


@dataclass
class Volunteer:
    volunteer_id: int
    email: str
    display_name: str


class VolunteerAccounts:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @classmethod
    def _hash(cls, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_COST))

    @staticmethod
    def _check(password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)

    def register(self, email: str, display_name: str, password: str) -> Volunteer:
        if len(password) < 12:
            raise ValueError("Volunteer passwords need at least 12 characters")
        hashed = self._hash(password)
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO kayak_volunteers (email, display_name, password_hash)"
                " VALUES (%s, %s, %s) RETURNING volunteer_id",
                (email.lower(), display_name, hashed),
            )
            (volunteer_id,) = cur.fetchone()
        log.info("Registered kayak volunteer %s", volunteer_id)
        return Volunteer(volunteer_id, email.lower(), display_name)

    def login(self, email: str, password: str) -> Volunteer | None:
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT volunteer_id, email, display_name, password_hash"
                " FROM kayak_volunteers WHERE email = %s",
                (email.lower(),),
            )
            row = cur.fetchone()
        if row is None:
            return None
        volunteer_id, stored_email, display_name, stored_hash = row
        if not self._check(password, bytes(stored_hash)):
            log.info("Failed volunteer login for id %s", volunteer_id)
            return None
        return Volunteer(volunteer_id, stored_email, display_name)

    def change_password(self, volunteer_id: int, new_password: str) -> None:
        hashed = self._hash(new_password)
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE kayak_volunteers SET password_hash = %s WHERE volunteer_id = %s",
                (hashed, volunteer_id),
            )
