"""Invitation links that employer HR admins send to staff to join the carpool programme."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from hashlib import sha256

from sqlalchemy import select
from sqlalchemy.orm import Session

from carpool.mail import send_template
from carpool.models import EmployerInvite

INVITE_TTL = timedelta(days=14)


@dataclass
class Invite:
    employer_id: int
    email: str
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    expires_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc) + INVITE_TTL)

    @property
    def token_hash(self) -> str:
        return sha256(self.token.encode("ascii")).hexdigest()


class InviteService:
    def __init__(self, session: Session, app_url: str) -> None:
        self.session = session
        self.app_url = app_url.rstrip("/")

    def invite(self, employer_id: int, employer_name: str, email: str) -> None:
        invite = Invite(employer_id=employer_id, email=email.strip().lower())
        self.session.add(
            EmployerInvite(
                employer_id=invite.employer_id,
                email=invite.email,
                token_hash=invite.token_hash,
                expires_at=invite.expires_at,
            )
        )
        self.session.commit()
        send_template(
            invite.email,
            "employer_invite",
            {"employer": employer_name, "link": f"{self.app_url}/join/{invite.token}"},
        )

    def accept(self, token: str) -> EmployerInvite | None:
        digest = sha256(token.encode("ascii")).hexdigest()
        row = self.session.scalars(
            select(EmployerInvite).where(
                EmployerInvite.token_hash == digest,
                EmployerInvite.expires_at > datetime.now(timezone.utc),
                EmployerInvite.accepted_at.is_(None),
            )
        ).first()
        if row is not None:
            row.accepted_at = datetime.now(timezone.utc)
            self.session.commit()
        return row
