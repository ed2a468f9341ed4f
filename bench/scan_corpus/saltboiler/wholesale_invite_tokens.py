"""Invitations for new wholesale and restaurant accounts on the trade portal.

Sales staff invite a buyer by email; the buyer follows the link once to set
up their login. Only a digest of the invite token is stored.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from saltboiler.config import settings
from saltboiler.mail import send_template
from saltboiler.trade.repository import InviteRepository

INVITE_TTL = timedelta(hours=72)


@dataclass
class Invite:
    account_id: int
    email: str
    token: str
    expires_at: datetime


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class InviteService:
    def __init__(self, repo: InviteRepository):
        self._repo = repo

    def create(self, account_id: int, email: str) -> Invite:
        token = secrets.token_urlsafe(32)
        invite = Invite(account_id, email, token, datetime.now(timezone.utc) + INVITE_TTL)
        self._repo.insert(
            account_id=account_id,
            email=email,
            token_digest=_digest(token),
            expires_at=invite.expires_at,
        )
        send_template(
            to=email,
            template="trade_invite",
            context={"link": f"{settings.TRADE_PORTAL_URL}/invite/{token}"},
        )
        return invite

    def accept(self, token: str) -> int | None:
        record = self._repo.find_by_digest(_digest(token))
        if record is None or record.used_at or record.expires_at < datetime.now(timezone.utc):
            return None
        self._repo.mark_used(record.id)
        return record.account_id
