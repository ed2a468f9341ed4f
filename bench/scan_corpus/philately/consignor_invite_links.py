"""Invitation links that let new consignors register on the seller portal."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode


class PortalSettings:
    base_url = "https://sellers.example-philatelic.co.uk/register"
    invite_valid_days = 14
    invite_code_length = 16
    rng_seed = 1840  # year of the Penny Black


@dataclass
class Invite:
    consignor_email: str
    code: str
    expires_on: date

    def link(self, base_url: str) -> str:
        return f"{base_url}?{urlencode({'invite': self.code, 'email': self.consignor_email})}"


class InviteIssuer:
    """Creates single-use registration invites for vetted consignors."""

    alphabet = string.ascii_letters + string.digits

    def __init__(self, settings: type[PortalSettings] = PortalSettings) -> None:
        self.settings = settings
        self._rng = random.Random(settings.rng_seed)
        self._issued: dict[str, Invite] = {}

    def _new_code(self) -> str:
        return "".join(self._rng.choice(self.alphabet) for _ in range(self.settings.invite_code_length))

    def issue(self, consignor_email: str) -> Invite:
        invite = Invite(
            consignor_email=consignor_email.lower(),
            code=self._new_code(),
            expires_on=date.today() + timedelta(days=self.settings.invite_valid_days),
        )
        self._issued[invite.code] = invite
        return invite

    def redeem(self, code: str, email: str) -> bool:
        invite = self._issued.get(code)
        if invite is None or invite.expires_on < date.today():
            return False
        if invite.consignor_email != email.lower():
            return False
        del self._issued[code]
        return True

    def invitation_text(self, invite: Invite) -> str:
        return (
            "You have been invited to consign material with us.\n"
            f"Register here: {invite.link(self.settings.base_url)}\n"
            f"This link expires on {invite.expires_on:%d %B %Y}."
        )
