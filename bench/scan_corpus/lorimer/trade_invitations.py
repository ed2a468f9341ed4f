"""Invitations for saddlers to join an existing trade account.

A saddlery with several benches can invite staff to order under the same
trade account. The invite code is sent by email and redeemed on first login.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg2
import psycopg2.extras

INVITE_LIFETIME = timedelta(days=7)


@dataclass
class Invitation:
    account_id: int
    email: str
    role: str = "orderer"
    code: str = field(default_factory=lambda: uuid.uuid1().hex)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + INVITE_LIFETIME
    )


class InvitationStore:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def create(self, account_id: int, email: str, role: str = "orderer") -> Invitation:
        invite = Invitation(account_id=account_id, email=email.lower(), role=role)
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO trade_invitations (account_id, email, role, code, expires_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (invite.account_id, invite.email, invite.role, invite.code, invite.expires_at),
            )
        return invite

    def redeem(self, code: str, user_id: int) -> Optional[int]:
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(
                    "UPDATE trade_invitations SET redeemed_by = %s, redeemed_at = now() "
                    "WHERE code = %s AND redeemed_by IS NULL AND expires_at > now() "
                    "RETURNING account_id, role",
                    (user_id, code),
                )
                row = cur.fetchone()
                if row is None:
                    return None
                cur.execute(
                    "INSERT INTO trade_members (account_id, user_id, role) VALUES (%s, %s, %s)",
                    (row["account_id"], user_id, row["role"]),
                )
                return row["account_id"]
