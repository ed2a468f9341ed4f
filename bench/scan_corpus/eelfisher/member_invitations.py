"""Invitations for new co-operative members.

When the board admits a new fisherman, the secretary sends an invitation
link so the member can set up their portal account. Invitations are sent in
bulk after each board meeting through the mail relay, which rate-limits us.
"""

import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

INVITE_TTL = timedelta(days=14)
MAX_ATTEMPTS = 4


@dataclass
class Invitation:
    email: str
    member_no: str
    token: str
    expires_at: datetime


def new_invitation(email: str, member_no: str) -> Invitation:
    return Invitation(
        email=email,
        member_no=member_no,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )


def _backoff(attempt: int) -> float:
    return min(30.0, 2**attempt) + random.uniform(0, 1.5)


class InvitationMailer:
    def __init__(self, relay_url: str, portal_base: str, client: httpx.Client | None = None):
        self.relay_url = relay_url
        self.portal_base = portal_base.rstrip("/")
        self.client = client or httpx.Client(timeout=10.0)

    def send(self, invite: Invitation) -> None:
        payload = {
            "to": invite.email,
            "template": "member-invite",
            "vars": {
                "member_no": invite.member_no,
                "link": f"{self.portal_base}/join/{invite.token}",
                "expires": invite.expires_at.date().isoformat(),
            },
        }
        for attempt in range(MAX_ATTEMPTS):
            resp = self.client.post(self.relay_url, json=payload)
            if resp.status_code != 429:
                resp.raise_for_status()
                return
            time.sleep(_backoff(attempt))
        raise RuntimeError(f"mail relay kept throttling invite for {invite.member_no}")
