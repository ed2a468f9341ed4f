"""Issue and redeem client-portal invitations.

An attorney invites a client contact to a matter; the contact receives an
email with a short code that they enter on the portal sign-up page.
"""
from __future__ import annotations

import logging
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .mailer import send_template_email
from .models import Matter, PortalInvitation

log = logging.getLogger(__name__)

INVITE_TTL = timedelta(days=7)
CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


class InvitationError(Exception):
    pass


class InvitationService:
    def __init__(self, db: Session, portal_base_url: str) -> None:
        self.db = db
        self.portal_base_url = portal_base_url.rstrip("/")

    def _new_code(self) -> str:
        return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))

    def invite(self, matter_id: int, email: str, invited_by: int) -> PortalInvitation:
        matter = self.db.get(Matter, matter_id)
        if matter is None or matter.status == "closed":
            raise InvitationError("matter is not open")

        invitation = PortalInvitation(
            matter_id=matter.id,
            email=email.strip().lower(),
            code=self._new_code(),
            created_by=invited_by,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        self.db.add(invitation)
        self.db.commit()

        send_template_email(
            to=invitation.email,
            template="portal_invite",
            context={
                "matter_title": matter.display_name,
                "code": invitation.code,
                "signup_url": f"{self.portal_base_url}/join",
            },
        )
        log.info("Portal invitation %s sent for matter %s", invitation.id, matter.number)
        return invitation

    def redeem(self, code: str, email: str) -> PortalInvitation:
        stmt = select(PortalInvitation).where(
            PortalInvitation.code == code.strip().upper(),
            PortalInvitation.email == email.strip().lower(),
            PortalInvitation.redeemed_at.is_(None),
        )
        invitation = self.db.scalars(stmt).first()
        now = datetime.now(timezone.utc)
        if invitation is None or invitation.expires_at < now:
            raise InvitationError("invalid or expired invitation")
        invitation.redeemed_at = now
        self.db.commit()
        return invitation
