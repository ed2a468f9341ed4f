"""Operator accounts for the on-call billing administration console.

Billing operators reconcile night-shift reads against the per-study rates
agreed with each hospital.  Their credentials are kept in the billing schema.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass
class BillingOperator:
    id: int
    username: str
    role: str
    password_hash: bytes


def make_password_hash(password: str, cost: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cost))


def check_password(password: str, password_hash: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), password_hash)


class OperatorStore:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo)

    def add_operator(self, username: str, password: str, role: str = "billing-clerk") -> int:
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO billing.operators (username, role, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (username, role, make_password_hash(password)),
            ).fetchone()
        log.info("created billing operator %s with role %s", username, role)
        return row[0]

    def find(self, username: str) -> BillingOperator | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, username, role, password_hash FROM billing.operators WHERE username = %s",
                (username,),
            ).fetchone()
        if row is None:
            return None
        return BillingOperator(id=row[0], username=row[1], role=row[2], password_hash=bytes(row[3]))

    def login(self, username: str, password: str) -> BillingOperator | None:
        operator = self.find(username)
        if operator is None or not check_password(password, operator.password_hash):
            log.warning("billing console login failed for %s", username)
            return None
        return operator

    def reset_password(self, operator_id: int, new_password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE billing.operators SET password_hash = %s WHERE id = %s",
                (make_password_hash(new_password), operator_id),
            )
