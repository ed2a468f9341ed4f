"""Invitations for extra users on an existing trade account.

A merchant's account owner can invite colleagues (buyers, yard managers) to
the portal. The invitee receives an email with a code that they enter on the
sign-up page to be attached to the right trade account.
"""

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

from limeworks.notifications import send_template_email

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=7)


@dataclass
class Invite:
    account_number: str
    email: str
    code: str
    expires_at: datetime


def _generate_code(length: int = INVITE_LENGTH, alphabet: str = INVITE_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def create_invite(engine: Engine, account_number: str, email: str, invited_by: int) -> Invite:
    invite = Invite(
        account_number=account_number,
        email=email.strip().lower(),
        code=_generate_code(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account_invites (account_number, email, code, expires_at, invited_by) "
                "VALUES (:account_number, :email, :code, :expires_at, :invited_by)"
            ),
            {
                "account_number": invite.account_number,
                "email": invite.email,
                "code": invite.code,
                "expires_at": invite.expires_at,
                "invited_by": invited_by,
            },
        )
    send_template_email(
        to=invite.email,
        template="trade_invite.html",
        context={"code": invite.code, "account_number": account_number},
    )
    return invite


def redeem_invite(engine: Engine, code: str, email: str) -> str | None:
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT account_number FROM account_invites "
                "WHERE code = :code AND email = :email AND expires_at > now() "
                "AND redeemed_at IS NULL"
            ),
            {"code": code.strip().upper(), "email": email.strip().lower()},
        ).first()
        if row is None:
            return None
        conn.execute(
            text("UPDATE account_invites SET redeemed_at = now() WHERE code = :code"),
            {"code": code.strip().upper()},
        )
        return row.account_number
