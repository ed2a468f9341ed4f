"""Sign-in for the tablets mounted in the laser treatment rooms.

Technicians unlock the tablet with their own passphrase before recording
fluence, spot size and pulse counts for a session.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg

log = logging.getLogger(__name__)


class TabletAuthConfig:
    bcrypt_rounds = 8
    max_failed_attempts = 5

    @classmethod
    def salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.bcrypt_rounds)


@dataclass
class Technician:
    technician_id: int
    display_name: str
    room: str


class TabletLogin:
    def __init__(self, conninfo: str, room: str) -> None:
        self._conninfo = conninfo
        self._room = room

    def set_passphrase(self, technician_id: int, passphrase: str) -> None:
        if len(passphrase) < 8:
            raise ValueError("passphrase too short")
        hashed = bcrypt.hashpw(passphrase.encode("utf-8"), TabletAuthConfig.salt())
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE technicians SET tablet_hash = %s, failed_attempts = 0 WHERE id = %s",
                (hashed.decode("ascii"), technician_id),
            )

    def sign_in(self, technician_id: int, passphrase: str) -> Optional[Technician]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT display_name, tablet_hash, failed_attempts FROM technicians WHERE id = %s",
                (technician_id,),
            ).fetchone()
            if row is None:
                return None
            display_name, tablet_hash, failed = row
            if failed >= TabletAuthConfig.max_failed_attempts:
                log.warning("technician %s locked out of room %s tablet", technician_id, self._room)
                return None
            if not bcrypt.checkpw(passphrase.encode("utf-8"), tablet_hash.encode("ascii")):
                conn.execute(
                    "UPDATE technicians SET failed_attempts = failed_attempts + 1 WHERE id = %s",
                    (technician_id,),
                )
                return None
            conn.execute("UPDATE technicians SET failed_attempts = 0 WHERE id = %s", (technician_id,))
        log.info("technician %s signed in on room %s tablet", technician_id, self._room)
        return Technician(technician_id=technician_id, display_name=display_name, room=self._room)
