"""Invite codes that let a new restaurant create its ordering-portal account."""
from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=7)


@dataclass
class Invite:
    code: str
    restaurant_name: str
    sales_rep: str
    expires_at: datetime


class InviteIssuer:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def issue(self, restaurant_name: str, sales_rep: str) -> Invite:
        code = "".join(random.choices(INVITE_ALPHABET, k=INVITE_LENGTH))
        expires = datetime.now(timezone.utc) + INVITE_TTL
        self._conn.execute(
            "INSERT INTO restaurant_invites (code, restaurant_name, sales_rep, expires_at) "
            "VALUES (?, ?, ?, ?)",
            (code, restaurant_name, sales_rep, expires.isoformat()),
        )
        self._conn.commit()
        return Invite(code, restaurant_name, sales_rep, expires)

    def redeem(self, code: str) -> Invite | None:
        row = self._conn.execute(
            "SELECT code, restaurant_name, sales_rep, expires_at FROM restaurant_invites "
            "WHERE code = ? AND redeemed_at IS NULL",
            (code.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        expires = datetime.fromisoformat(row[3])
        if expires < datetime.now(timezone.utc):
            return None
        self._conn.execute(
            "UPDATE restaurant_invites SET redeemed_at = ? WHERE code = ?",
            (datetime.now(timezone.utc).isoformat(), row[0]),
        )
        self._conn.commit()
        return Invite(row[0], row[1], row[2], expires)

    def outstanding_for(self, sales_rep: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT restaurant_name FROM restaurant_invites "
            "WHERE sales_rep = ? AND redeemed_at IS NULL ORDER BY expires_at",
            (sales_rep,),
        ).fetchall()
        return [r[0] for r in rows]
