"""Operator accounts for the ice plant floor terminals.

Line operators sign in at the harvest, bagging and block-press stations with
their badge number and a short PIN. Accounts live in the plant database.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg2


@dataclass
class Operator:
    badge_no: str
    display_name: str
    station: str
    pin_salt: bytes
    pin_digest: str


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.strip().encode("utf-8")).hexdigest()


class OperatorRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self):
        return psycopg2.connect(self._dsn)

    def enroll(self, badge_no: str, display_name: str, station: str, pin: str) -> Operator:
        salt = os.urandom(16)
        op = Operator(badge_no, display_name, station, salt, _digest_pin(pin, salt))
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO plant_operators (badge_no, display_name, station, pin_salt, pin_digest) "
                "VALUES (%s, %s, %s, %s, %s)",
                (op.badge_no, op.display_name, op.station, op.pin_salt, op.pin_digest),
            )
        return op

    def find(self, badge_no: str) -> Optional[Operator]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT badge_no, display_name, station, pin_salt, pin_digest "
                "FROM plant_operators WHERE badge_no = %s AND active",
                (badge_no,),
            )
            row = cur.fetchone()
        if row is None:
            return None
        return Operator(row[0], row[1], row[2], bytes(row[3]), row[4])

    def verify(self, badge_no: str, pin: str) -> bool:
        op = self.find(badge_no)
        if op is None:
            return False
        return hmac.compare_digest(op.pin_digest, _digest_pin(pin, op.pin_salt))

    def change_pin(self, badge_no: str, new_pin: str) -> None:
        salt = os.urandom(16)
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE plant_operators SET pin_salt = %s, pin_digest = %s WHERE badge_no = %s",
                (salt, _digest_pin(new_pin, salt), badge_no),
            )
