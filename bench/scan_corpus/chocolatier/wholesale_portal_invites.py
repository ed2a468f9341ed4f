"""Invitation links for the wholesale buyer portal.

Cafés and delis that open a wholesale account receive an e-mail with a
one-time link that lets them set up their portal login.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Mapping

DEFAULT_SETTINGS: Mapping[str, object] = {
    "invite_ttl_hours": 72,
    "token_bits": 128,
    "rng_seed": 81_2021,
}


@dataclass
class Invite:
    account_id: str
    email: str
    token: str
    expires_at: datetime


class InviteIssuer:
    def __init__(self, portal_base_url: str, settings: Mapping[str, object] = DEFAULT_SETTINGS) -> None:
        self._base = portal_base_url.rstrip("/")
        self._ttl = timedelta(hours=int(settings["invite_ttl_hours"]))
        self._bits = int(settings["token_bits"])
        self._rng = random.Random(settings["rng_seed"])
        self._pending: dict[str, Invite] = {}

    def _token(self) -> str:
        return format(self._rng.getrandbits(self._bits), "x").zfill(self._bits // 4)

    def issue(self, account_id: str, email: str) -> Invite:
        invite = Invite(
            account_id=account_id,
            email=email,
            token=self._token(),
            expires_at=datetime.now(timezone.utc) + self._ttl,
        )
        self._pending[invite.token] = invite
        return invite

    def link_for(self, invite: Invite) -> str:
        return f"{self._base}/wholesale/activate/{invite.token}"

    def accept(self, token: str) -> Invite:
        invite = self._pending.pop(token, None)
        if invite is None or invite.expires_at < datetime.now(timezone.utc):
            raise PermissionError("invitation expired or unknown")
        return invite
