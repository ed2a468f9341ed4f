"""User management for the wholesale buyer portal (spas, soap makers, florists)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8
MIN_PASSWORD_LENGTH = 12


@dataclass
class PortalUser:
    id: int
    buyer_id: int
    email: str
    password_hash: bytes
    is_admin: bool = False


class PasswordPolicyError(ValueError):
    pass


class PortalUserService:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def hash_password(password: str) -> bytes:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordPolicyError("password too short")
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))

    def create_user(self, buyer_id: int, email: str, password: str) -> int:
        hashed = self.hash_password(password)
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO portal_users (buyer_id, email, password_hash)"
                " VALUES (%s, %s, %s) RETURNING id",
                (buyer_id, email.lower(), hashed),
            ).fetchone()
        log.info("created portal user %s for buyer %s", email, buyer_id)
        return row[0]

    def find_by_email(self, email: str) -> Optional[PortalUser]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, buyer_id, email, password_hash, is_admin"
                " FROM portal_users WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        return PortalUser(row[0], row[1], row[2], bytes(row[3]), row[4])

    def authenticate(self, email: str, password: str) -> Optional[PortalUser]:
        user = self.find_by_email(email)
        if user is None:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), user.password_hash):
            return user
        log.info("failed portal login for %s", email)
        return None

    def reset_password(self, user_id: int, new_password: str) -> None:
        hashed = self.hash_password(new_password)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE portal_users SET password_hash = %s WHERE id = %s",
                (hashed, user_id),
            )
