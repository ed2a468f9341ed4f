"""Credential store for locum vets who cover emergency call-outs on short contracts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass
class Locum:
    id: int
    email: str
    full_name: str
    contract_end: date


class LocumLoginStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def register(self, email: str, full_name: str, password: str, contract_end: date) -> int:
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO locums (email, full_name, password_hash, contract_end) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.lower(), full_name, hashed.decode("ascii"), contract_end),
            ).fetchone()
        log.info("registered locum %s until %s", email, contract_end)
        return row[0]

    def login(self, email: str, password: str) -> Locum | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, email, full_name, contract_end, password_hash "
                "FROM locums WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row[4].encode("ascii")):
            log.info("failed locum login for %s", email)
            return None
        if row[3] < date.today():
            log.info("locum %s contract has ended", email)
            return None
        return Locum(id=row[0], email=row[1], full_name=row[2], contract_end=row[3])

    def extend_contract(self, locum_id: int, new_end: date) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE locums SET contract_end = %s WHERE id = %s",
                (new_end, locum_id),
            )
