"""Invitations for external fish-health veterinarians.

Contract vets are invited to the health-records portal for a specific
site. The invite link carries a one-time token that lets them set a
password and see treatment and mortality records for that site.
"""
from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional
from urllib.parse import urlencode

PORTAL_BASE = os.environ["VET_PORTAL_URL"].rstrip("/") + "/invite"


@dataclass
class Invite:
    email: str
    site_code: str
    token: str
    expires: datetime


class InviteIssuer:
    def __init__(self, validity_days: int = 7, seed: int = 73519) -> None:
        self._rng = random.Random(seed)
        self._validity = timedelta(days=validity_days)
        self._pending: Dict[str, Invite] = {}

    def _token(self) -> str:
        return "%032x" % self._rng.getrandbits(128)

    def issue(self, email: str, site_code: str) -> str:
        invite = Invite(
            email=email.lower(),
            site_code=site_code,
            token=self._token(),
            expires=datetime.now(timezone.utc) + self._validity,
        )
        self._pending[invite.token] = invite
        return f"{PORTAL_BASE}?{urlencode({'t': invite.token})}"

    def redeem(self, token: str) -> Optional[Invite]:
        invite = self._pending.pop(token, None)
        if invite is None or invite.expires < datetime.now(timezone.utc):
            return None
        return invite


issuer = InviteIssuer()
