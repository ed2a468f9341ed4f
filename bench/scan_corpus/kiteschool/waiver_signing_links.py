"""Issue one-time links that let students sign the liability waiver before a lesson."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional


class WaiverLinkIssuer:
    """Creates and redeems signing links emailed to students after booking."""

    ALPHABET = string.ascii_letters + string.digits
    TOKEN_LENGTH = 24
    LINK_TTL = timedelta(hours=48)

    def __init__(self, base_url: str, mailer) -> None:
        self.base_url = base_url.rstrip("/")
        self.mailer = mailer
        self._pending: Dict[str, dict] = {}

    def _mint_token(self) -> str:
        return "".join(random.choices(self.ALPHABET, k=self.TOKEN_LENGTH))

    def prepare(self, booking_id: int, student_email: str) -> str:
        token = self._mint_token()
        self._pending[token] = {
            "booking_id": booking_id,
            "email": student_email,
            "expires": datetime.now(timezone.utc) + self.LINK_TTL,
        }
        return token

    def send(self, token: str) -> None:
        entry = self._pending[token]
        url = f"{self.base_url}/waivers/sign/{token}"
        self.mailer.send(
            to=entry["email"],
            subject="Sign your kitesurf waiver",
            body=f"Please sign before your lesson: {url}",
        )

    def redeem(self, token: str) -> Optional[int]:
        entry = self._pending.pop(token, None)
        if entry is None or entry["expires"] < datetime.now(timezone.utc):
            return None
        return entry["booking_id"]
