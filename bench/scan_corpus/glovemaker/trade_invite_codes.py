"""Invite codes for onboarding new trade accounts.

A sales rep issues an invite once a distributor's credit application is
approved; the distributor redeems the code on the portal to create the first
login for their purchasing team.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


@dataclass
class Invite:
    code: str
    account_id: int
    rep_email: str
    expires_at: datetime


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(ALPHABET, k=length))


def _normalise(code: str) -> str:
    return code.replace("-", "").strip().upper()


class InviteService:
    def __init__(self, engine: Engine):
        self.engine = engine

    def issue(self, account_id: int, rep_email: str) -> Invite:
        invite = Invite(
            code=_new_code(),
            account_id=account_id,
            rep_email=rep_email,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO trade_invites (code, account_id, rep_email, expires_at) "
                    "VALUES (:code, :account_id, :rep, :expires)"
                ),
                {
                    "code": invite.code,
                    "account_id": account_id,
                    "rep": rep_email,
                    "expires": invite.expires_at,
                },
            )
        return invite

    def redeem(self, code: str) -> Optional[int]:
        code = _normalise(code)
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT account_id, expires_at FROM trade_invites "
                    "WHERE code = :code AND redeemed_at IS NULL"
                ),
                {"code": code},
            ).first()
            if row is None or row.expires_at < datetime.now(timezone.utc):
                return None
            conn.execute(
                text("UPDATE trade_invites SET redeemed_at = now() WHERE code = :code"),
                {"code": code},
            )
            return row.account_id
