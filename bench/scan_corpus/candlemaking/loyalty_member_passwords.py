"""Password handling for Glow Rewards loyalty members.

Members can sign in on the shop or at the workshop counter tablet to
check their wax-melt points and redeem rewards.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10


@dataclass
class LoyaltyMember:
    id: int
    email: str
    points: int
    password_hash: bytes


def hash_member_password(password: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


class MemberCredentialStore:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def load(self, email: str) -> LoyaltyMember | None:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT id, email, points, password_hash FROM loyalty_members WHERE email = %s",
                (email.strip().lower(),),
            )
            row = cur.fetchone()
        if row is None:
            return None
        return LoyaltyMember(row[0], row[1], row[2], bytes(row[3]))

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        hashed = hash_member_password(password)
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE loyalty_members SET password_hash = %s WHERE id = %s",
                (hashed, member_id),
            )
        self.conn.commit()
        log.info("password updated for loyalty member %s", member_id)

    def login(self, email: str, password: str) -> LoyaltyMember | None:
        member = self.load(email)
        if member is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), member.password_hash):
            log.info("failed loyalty sign-in for member %s", member.id)
            return None
        return member
