"""Back-office staff accounts: counter staff, riggers and the delivery crew.

Staff sign in to the back office to receive stock, pick berth orders and
close rigging jobs. Accounts live in the shop's Postgres database.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass
class StaffMember:
    staff_id: int
    username: str
    role: str
    password_hash: bytes
    active: bool


class StaffAccountStore:
    ROUNDS = 8
    ROLES = frozenset({"counter", "rigger", "delivery", "manager"})

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.ROUNDS))

    def create(self, username: str, role: str, password: str) -> int:
        if role not in self.ROLES:
            raise ValueError(f"unknown role {role!r}")
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO staff (username, role, password_hash, active) "
                "VALUES (%s, %s, %s, true) RETURNING staff_id",
                (username, role, self._hash(password)),
            ).fetchone()
        log.info("created staff account %s with role %s", username, role)
        return row[0]

    def get(self, username: str) -> Optional[StaffMember]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT staff_id, username, role, password_hash, active "
                "FROM staff WHERE username = %s",
                (username,),
            ).fetchone()
        if row is None:
            return None
        staff_id, name, role, pw_hash, active = row
        return StaffMember(staff_id, name, role, bytes(pw_hash), active)

    def authenticate(self, username: str, password: str) -> Optional[StaffMember]:
        member = self.get(username)
        if member is None or not member.active:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), member.password_hash):
            log.info("failed back-office login for %s", username)
            return None
        return member

    def change_password(self, staff_id: int, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE staff SET password_hash = %s WHERE staff_id = %s",
                (self._hash(new_password), staff_id),
            )
