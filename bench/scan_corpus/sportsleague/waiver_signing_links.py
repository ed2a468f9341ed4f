"""Links emailed to parents so they can sign a junior player's waiver.

Only a SHA-256 of the link token is stored, so a database leak does not give
out working links. Tokens are 256-bit random values, so a plain digest is
enough here (this is not a password).
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from league.mail import send_template
from league.repositories import WaiverRequestRepository

TOKEN_BYTES = 32
LINK_TTL = timedelta(days=7)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class WaiverLinkService:
    def __init__(self, repo: WaiverRequestRepository, base_url: str):
        self.repo = repo
        self.base_url = base_url.rstrip("/")

    def send_link(self, registration, guardian_email: str) -> None:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        self.repo.create(
            registration_id=registration.id,
            token_digest=_digest(token),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        send_template(
            to=guardian_email,
            template="waiver_request",
            context={
                "player_name": registration.player_name,
                "link": f"{self.base_url}/waivers/sign/{token}",
            },
        )

    def resolve(self, token: str):
        request = self.repo.find_by_digest(_digest(token))
        if request is None or request.signed_at is not None:
            return None
        if request.expires_at <= datetime.now(timezone.utc):
            return None
        return request
