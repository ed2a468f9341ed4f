"""Seafront team accounts for the key safe console, stored with passlib."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import psycopg
from passlib.context import CryptContext

log = logging.getLogger(__name__)


@dataclass
class StaffAccount:
    id: int
    username: str
    role: str


class StaffAccounts:
    pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)

    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def add(self, username: str, password: str, role: str) -> StaffAccount:
        if role not in {"viewer", "keyholder", "supervisor"}:
            raise ValueError(f"unknown role {role!r}")
        with psycopg.connect(self.conninfo) as conn:
            (user_id,) = conn.execute(
                "INSERT INTO keysafe_staff (username, password_hash, role, active) "
                "VALUES (%s, %s, %s, true) RETURNING id",
                (username, self.pwd_context.hash(password), role),
            ).fetchone()
        log.info("added key safe staff account %s (%s)", username, role)
        return StaffAccount(id=user_id, username=username, role=role)

    def authenticate(self, username: str, password: str) -> StaffAccount | None:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT id, password_hash, role FROM keysafe_staff "
                "WHERE username = %s AND active",
                (username,),
            ).fetchone()
            if row is None:
                return None
            user_id, stored, role = row
            ok, new_hash = self.pwd_context.verify_and_update(password, stored)
            if not ok:
                log.warning("rejected key safe console login for %s", username)
                return None
            if new_hash:
                conn.execute(
                    "UPDATE keysafe_staff SET password_hash = %s WHERE id = %s",
                    (new_hash, user_id),
                )
        return StaffAccount(id=user_id, username=username, role=role)
