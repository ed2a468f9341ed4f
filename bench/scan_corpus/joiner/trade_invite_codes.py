"""Invite codes for new trade partners.

The sales office invites a builder or architect by email; the code lets
them create their first login on the trade ordering site.
"""
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg
from psycopg.rows import dict_row

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 4
GROUP_LENGTH = 4
VALID_FOR = timedelta(days=7)


@dataclass
class Invite:
    code: str
    company: str
    email: str
    expires_at: datetime


def make_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


class InviteStore:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def create(self, company: str, email: str, invited_by: int) -> Invite:
        invite = Invite(make_code(), company, email.lower(), datetime.now(timezone.utc) + VALID_FOR)
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO trade_invites (code, company, email, invited_by, expires_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (invite.code, invite.company, invite.email, invited_by, invite.expires_at),
            )
        return invite

    def redeem(self, code: str) -> dict | None:
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "UPDATE trade_invites SET redeemed_at = now() "
                "WHERE code = %s AND redeemed_at IS NULL AND expires_at > now() "
                "RETURNING company, email",
                (code.strip().upper(),),
            ).fetchone()
