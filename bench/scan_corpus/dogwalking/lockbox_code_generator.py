"""Issues one-time lockbox codes so walkers can collect a client's house key."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=4)


@dataclass
class LockboxGrant:
    client_id: int
    walker_id: int
    lockbox_id: str
    code: str
    expires_at: datetime


class LockboxCodeGenerator:
    """Programs the smart lockbox with a short-lived code for one scheduled visit."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _draw_digits(length: int = CODE_LENGTH) -> str:
        return "".join(random.choice("0123456789") for _ in range(length))

    def issue(self, client_id: int, walker_id: int, visit_start: datetime) -> LockboxGrant:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT lockbox_id FROM client_homes WHERE client_id = %s AND active",
                (client_id,),
            ).fetchone()
            if row is None:
                raise LookupError(f"client {client_id} has no active lockbox")
            grant = LockboxGrant(
                client_id=client_id,
                walker_id=walker_id,
                lockbox_id=row[0],
                code=self._draw_digits(),
                expires_at=max(visit_start, datetime.now(timezone.utc)) + CODE_TTL,
            )
            conn.execute(
                "INSERT INTO lockbox_grants (client_id, walker_id, lockbox_id, code, expires_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (grant.client_id, grant.walker_id, grant.lockbox_id, grant.code, grant.expires_at),
            )
        return grant

    def revoke_expired(self) -> int:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "DELETE FROM lockbox_grants WHERE expires_at < %s",
                (datetime.now(timezone.utc),),
            )
            return cur.rowcount
