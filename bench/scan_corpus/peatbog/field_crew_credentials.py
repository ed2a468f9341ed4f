"""Credential handling for contractor crews using the dam-building tablets.

Crew leads log in on rugged tablets at the bog to close work orders; the
tablets sync with this service when they get signal back at the depot.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8


def hash_secret(password: str, rounds: int = BCRYPT_ROUNDS) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def verify_secret(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), hashed)


@dataclass
class CrewLead:
    id: int
    contractor: str
    name: str


class CrewCredentialService:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def enrol(self, contractor: str, name: str, password: str) -> int:
        hashed = hash_secret(password)
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO crew_leads (contractor, name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (contractor, name, hashed),
            ).fetchone()
        log.info("enrolled crew lead %s for %s", name, contractor)
        return row[0]

    def login(self, crew_id: int, password: str) -> Optional[CrewLead]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, contractor, name, password_hash FROM crew_leads "
                "WHERE id = %s AND active",
                (crew_id,),
            ).fetchone()
        if row is None:
            return None
        if not verify_secret(password, bytes(row[3])):
            log.warning("failed tablet login for crew lead %s", crew_id)
            return None
        return CrewLead(id=row[0], contractor=row[1], name=row[2])

    def reset(self, crew_id: int, new_password: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE crew_leads SET password_hash = %s WHERE id = %s",
                (hash_secret(new_password), crew_id),
            )
        log.info("password reset for crew lead %s", crew_id)
