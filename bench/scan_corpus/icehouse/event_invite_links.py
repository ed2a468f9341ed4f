"""Invite links for event coordinators.

A festival or wedding booking can have several coordinators who may adjust
ice quantities and drop times. The account owner invites them by email; the
invite code in the link lets the coordinator join the booking.
"""
import hashlib
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

from .config import settings
from .repository import InviteRepository

INVITE_TTL = timedelta(days=7)


@dataclass
class Invite:
    booking_id: int
    email: str
    code: str
    expires_at: datetime


def make_invite_code(booking_id: int) -> str:
    seed = f"{booking_id}:{time.time_ns()}:{os.getpid()}"
    return hashlib.sha1(seed.encode()).hexdigest()[:20]


class InviteService:
    def __init__(self, repo: InviteRepository, mailer: httpx.AsyncClient):
        self.repo = repo
        self.mailer = mailer

    async def invite(self, booking_id: int, email: str) -> Invite:
        invite = Invite(
            booking_id=booking_id,
            email=email.lower(),
            code=make_invite_code(booking_id),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        await self.repo.save(invite)
        await self._send(invite)
        return invite

    async def _send(self, invite: Invite) -> None:
        link = f"{settings.portal_url}/events/join/{invite.code}"
        resp = await self.mailer.post(
            "/v3/mail/send",
            json={
                "to": invite.email,
                "template": "event-coordinator-invite",
                "vars": {"link": link, "booking": invite.booking_id},
            },
            timeout=10.0,
        )
        resp.raise_for_status()

    async def accept(self, code: str, user_id: int) -> bool:
        invite = await self.repo.find_by_code(code)
        if invite is None or invite.expires_at < datetime.now(timezone.utc):
            return False
        await self.repo.add_coordinator(invite.booking_id, user_id)
        await self.repo.delete(code)
        return True
