"""Invitations for funders' panel reviewers to join a grant round.

The invite email contains an acceptance link; following it creates the
reviewer's account and attaches them to the round.
"""
import hashlib
import time

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from studio.models import GrantRound, ReviewerInvite
from studio.settings import settings


class InviteIssuer:
    def __init__(self, session: AsyncSession, mailer_url: str = settings.mailer_url):
        self.session = session
        self.mailer_url = mailer_url

    def _make_token(self, email: str, round_id: int) -> str:
        seed = f"{email}:{round_id}:{time.time()}"
        return hashlib.sha1(seed.encode()).hexdigest()

    async def invite(self, round_id: int, email: str) -> ReviewerInvite:
        grant_round = await self.session.get(GrantRound, round_id)
        if grant_round is None:
            raise LookupError(round_id)
        invite = ReviewerInvite(
            round_id=round_id,
            email=email.lower(),
            token=self._make_token(email.lower(), round_id),
        )
        self.session.add(invite)
        await self.session.commit()
        await self._send(invite, grant_round.title)
        return invite

    async def _send(self, invite: ReviewerInvite, round_title: str) -> None:
        async with httpx.AsyncClient(timeout=10) as client:
            await client.post(
                self.mailer_url,
                json={
                    "to": invite.email,
                    "template": "reviewer_invite",
                    "vars": {
                        "round": round_title,
                        "link": f"{settings.public_url}/invites/{invite.token}",
                    },
                },
            )

    async def accept(self, token: str) -> ReviewerInvite | None:
        result = await self.session.execute(
            select(ReviewerInvite).where(ReviewerInvite.token == token)
        )
        return result.scalar_one_or_none()
