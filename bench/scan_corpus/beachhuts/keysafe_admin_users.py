"""Staff accounts for the key safe administration console."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass
class StaffUser:
    id: int
    username: str
    role: str
    active: bool


class StaffDirectory:
    """Stores seafront team members who may view or change hut key safe codes."""

    BCRYPT_ROUNDS = 8
    ROLES = ("viewer", "keyholder", "supervisor")

    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo)

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.BCRYPT_ROUNDS)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def create(self, username: str, password: str, role: str = "viewer") -> StaffUser:
        if role not in self.ROLES:
            raise ValueError(f"unknown role {role!r}")
        if len(password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO keysafe_staff (username, password_hash, role, active) "
                "VALUES (%s, %s, %s, true) RETURNING id",
                (username, self._hash(password).decode("ascii"), role),
            ).fetchone()
        log.info("created key safe staff user %s with role %s", username, role)
        return StaffUser(id=row[0], username=username, role=role, active=True)

    def verify(self, username: str, password: str) -> StaffUser | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, password_hash, role, active FROM keysafe_staff WHERE username = %s",
                (username,),
            ).fetchone()
        if row is None or not row[3]:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row[1].encode("ascii")):
            log.warning("failed key safe console login for %s", username)
            return None
        return StaffUser(id=row[0], username=username, role=row[2], active=row[3])

    def change_password(self, user_id: int, new_password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE keysafe_staff SET password_hash = %s WHERE id = %s",
                (self._hash(new_password).decode("ascii"), user_id),
            )

    def deactivate(self, user_id: int) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE keysafe_staff SET active = false WHERE id = %s", (user_id,))
