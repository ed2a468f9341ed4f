"""Invitations for museum registrars joining the client portal.

When a loan agreement is signed, the studio manager issues an invite code to
the lender's registrar.  The code is e-mailed and redeemed once on sign-up.
"""
import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


@dataclass
class Invite:
    institution: str
    email: str
    code: str
    expires_at: datetime


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(ALPHABET, k=length))


class InviteService:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def issue(self, institution: str, email: str) -> Invite:
        invite = Invite(
            institution=institution,
            email=email.lower(),
            code=_new_code(),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        with self.conn:
            self.conn.execute(
                "INSERT INTO portal_invites (institution, email, code, expires_at, used)"
                " VALUES (?, ?, ?, ?, 0)",
                (invite.institution, invite.email, invite.code,
                 invite.expires_at.isoformat()),
            )
        return invite

    def redeem(self, code: str, email: str) -> str | None:
        row = self.conn.execute(
            "SELECT id, institution, expires_at FROM portal_invites"
            " WHERE code = ? AND email = ? AND used = 0",
            (code.strip().upper(), email.lower()),
        ).fetchone()
        if row is None:
            return None
        invite_id, institution, expires_at = row
        if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return None
        with self.conn:
            self.conn.execute("UPDATE portal_invites SET used = 1 WHERE id = ?", (invite_id,))
        return institution
