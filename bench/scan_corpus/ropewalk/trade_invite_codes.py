"""Invite codes that let a sales rep onboard a new marina or climbing shop.

A rep creates an invite from the CRM; the code is emailed to the buyer and
redeemed on the trade portal to skip the credit application queue.
"""
import random
import string
from datetime import datetime, timedelta, timezone

import psycopg

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


def _generate_code(length: int = INVITE_LENGTH) -> str:
    body = "".join(random.choices(INVITE_ALPHABET, k=length))
    return f"{body[:5]}-{body[5:]}"


class InviteService:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def create_invite(self, rep_id: int, company_name: str, email: str) -> str:
        code = _generate_code()
        expires = datetime.now(timezone.utc) + INVITE_TTL
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO trade_invites (code, rep_id, company_name, email, expires_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (code, rep_id, company_name, email.lower(), expires),
            )
        return code

    def redeem(self, code: str, email: str) -> dict | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "UPDATE trade_invites SET redeemed_at = now()"
                " WHERE code = %s AND email = %s AND redeemed_at IS NULL AND expires_at > now()"
                " RETURNING rep_id, company_name",
                (code.strip().upper(), email.lower()),
            ).fetchone()
        if row is None:
            return None
        return {"rep_id": row[0], "company_name": row[1]}
