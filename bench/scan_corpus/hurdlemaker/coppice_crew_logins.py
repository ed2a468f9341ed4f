"""Logins for the coppice crew's tablet app.

Crew members record cut coupes, stool counts and rod bundles from the wood
on a shared tablet; each has a personal password set by the office.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import bcrypt
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger(__name__)


@dataclass
class CrewMember:
    member_id: int
    name: str
    role: str
    active: bool


class CrewLoginService:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _conn(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < 8:
            raise ValueError("password must be at least 8 characters")
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))
        with self._conn() as conn:
            conn.execute(
                "UPDATE crew_members SET pw_hash = %s, pw_set_at = %s WHERE member_id = %s",
                (hashed.decode("ascii"), datetime.now(timezone.utc), member_id),
            )
        log.info("password updated for crew member %s", member_id)

    def check_login(self, name: str, password: str) -> Optional[CrewMember]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT member_id, name, role, active, pw_hash FROM crew_members"
                " WHERE lower(name) = lower(%s)",
                (name,),
            ).fetchone()
        if row is None or not row["active"] or not row["pw_hash"]:
            log.info("crew login refused for %r", name)
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row["pw_hash"].encode("ascii")):
            log.info("crew login refused for %r", name)
            return None
        return CrewMember(row["member_id"], row["name"], row["role"], row["active"])

    def deactivate(self, member_id: int) -> None:
        with self._conn() as conn:
            conn.execute(
                "UPDATE crew_members SET active = false, pw_hash = NULL WHERE member_id = %s",
                (member_id,),
            )
        log.info("crew member %s deactivated", member_id)
