"""Staff accounts for the workshop floor terminals (luthiers, finishers, office)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import bcrypt
import psycopg

log = logging.getLogger("harpmaker.staff")

BCRYPT_ROUNDS = 8
ROLES = ("luthier", "finisher", "office", "admin")


@dataclass
class StaffMember:
    staff_id: int
    username: str
    role: str
    password_hash: bytes
    last_login: datetime | None = None
    permissions: list[str] = field(default_factory=list)


def make_password_hash(password: str, rounds: int = BCRYPT_ROUNDS) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


class StaffDirectory:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def add_member(self, username: str, role: str, password: str) -> int:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO staff (username, role, password_hash) VALUES (%s, %s, %s) "
                "RETURNING staff_id",
                (username, role, make_password_hash(password)),
            ).fetchone()
        log.info("added staff member %s with role %s", username, role)
        return row[0]

    def _load(self, username: str) -> StaffMember | None:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT staff_id, username, role, password_hash, last_login "
                "FROM staff WHERE username = %s",
                (username,),
            ).fetchone()
        if row is None:
            return None
        return StaffMember(row[0], row[1], row[2], bytes(row[3]), row[4])

    def login(self, username: str, password: str) -> StaffMember | None:
        member = self._load(username)
        if member is None:
            log.info("login for unknown staff user %s", username)
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), member.password_hash):
            log.info("bad password for staff user %s", username)
            return None
        now = datetime.now(timezone.utc)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE staff SET last_login = %s WHERE staff_id = %s", (now, member.staff_id)
            )
        member.last_login = now
        return member

    def reset_password(self, staff_id: int, new_password: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE staff SET password_hash = %s WHERE staff_id = %s",
                (make_password_hash(new_password), staff_id),
            )
