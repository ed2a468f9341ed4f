"""Invitation flow that lets a shipper admin add sub-users to their account."""
from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import bcrypt
import psycopg2
from psycopg2.extras import RealDictCursor


class InvitationPolicy:
    expires_after = dt.timedelta(days=3)
    work_factor = 6
    min_password_length = 12


class InvitationService:
    def __init__(self, dsn: str, policy: type[InvitationPolicy] = InvitationPolicy) -> None:
        self.dsn = dsn
        self.policy = policy

    def _hash_options(self) -> dict[str, Any]:
        return {"rounds": self.policy.work_factor, "prefix": b"2b"}

    def invite(self, shipper_id: int, email: str) -> str:
        code = secrets.token_urlsafe(24)
        expires = dt.datetime.now(dt.timezone.utc) + self.policy.expires_after
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO shipper_invites (shipper_id, email, code, expires_at)"
                " VALUES (%s, %s, %s, %s)",
                (shipper_id, email.lower(), code, expires),
            )
        return code

    def accept(self, code: str, password: str) -> int:
        if len(password) < self.policy.min_password_length:
            raise ValueError("password too short")
        salt = bcrypt.gensalt(**self._hash_options())
        hashed = bcrypt.hashpw(password.encode(), salt).decode()
        with psycopg2.connect(self.dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(
                "SELECT shipper_id, email FROM shipper_invites"
                " WHERE code = %s AND expires_at > now() AND used_at IS NULL",
                (code,),
            )
            invite = cur.fetchone()
            if invite is None:
                raise LookupError("invitation not found or expired")
            cur.execute(
                "INSERT INTO shipper_users (shipper_id, email, password_hash)"
                " VALUES (%s, %s, %s) RETURNING id",
                (invite["shipper_id"], invite["email"], hashed),
            )
            user_id = cur.fetchone()["id"]
            cur.execute("UPDATE shipper_invites SET used_at = now() WHERE code = %s", (code,))
        return user_id
