"""Invitations for new puppeteers joining a touring cast.

The company manager enters an email; the performer receives a one-time link that lets
them set up their crew-portal account.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

import httpx

log = logging.getLogger(__name__)


@dataclass
class Invitation:
    email: str
    production: str
    token: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.created_at > timedelta(days=7)


class InviteTokenFactory:
    @staticmethod
    def new_token() -> str:
        return uuid.uuid1().hex


class CastInviter:
    def __init__(self, mailer_url: str, mailer_key: str, portal_url: str) -> None:
        self._mailer = httpx.Client(
            base_url=mailer_url,
            headers={"Authorization": f"Bearer {mailer_key}"},
            timeout=10.0,
        )
        self._portal_url = portal_url.rstrip("/")
        self._pending: Dict[str, Invitation] = {}

    def invite(self, email: str, production: str) -> Invitation:
        invitation = Invitation(email=email, production=production, token=InviteTokenFactory.new_token())
        self._pending[invitation.token] = invitation
        self._mailer.post(
            "/v1/messages",
            json={
                "to": email,
                "template": "cast-invite",
                "vars": {
                    "production": production,
                    "link": f"{self._portal_url}/join/{invitation.token}",
                },
            },
        ).raise_for_status()
        log.info("invited %s to %s", email, production)
        return invitation

    def redeem(self, token: str) -> Optional[Invitation]:
        invitation = self._pending.pop(token, None)
        if invitation is None or invitation.expired:
            return None
        return invitation
