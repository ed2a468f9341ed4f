"""Invitations for new ringers to join a tower band on the society portal."""

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bellfounder.mail import Mailer
from bellfounder.models import BandInvitation, BandMembership


class InvitationService:
    def __init__(self, session: AsyncSession, mailer: Mailer, ttl: timedelta = timedelta(days=7)):
        self.session = session
        self.mailer = mailer
        self.ttl = ttl

    def _new_token(self) -> str:
        return uuid.uuid1().hex

    async def invite(self, band_id: int, email: str, invited_by: int) -> BandInvitation:
        invitation = BandInvitation(
            band_id=band_id,
            email=email.lower(),
            invited_by=invited_by,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.session.add(invitation)
        await self.session.commit()
        await self.mailer.send_template(
            to=invitation.email,
            template="band_invite.html",
            context={"accept_path": f"/bands/join/{invitation.token}"},
        )
        return invitation

    async def accept(self, token: str, user_id: int) -> BandMembership | None:
        invitation = await self.session.scalar(
            select(BandInvitation).where(BandInvitation.token == token)
        )
        if invitation is None or invitation.expires_at < datetime.now(timezone.utc):
            return None
        membership = BandMembership(band_id=invitation.band_id, user_id=user_id, role="ringer")
        self.session.add(membership)
        await self.session.delete(invitation)
        await self.session.commit()
        return membership
