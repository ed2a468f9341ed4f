"""One-time PINs that let the home-team manager submit a final score.

A PIN is generated when the referee closes the match in the app and is
texted to the home manager; it expires 48 hours after kick-off.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PIN_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
PIN_LENGTH = 8
PIN_TTL = timedelta(hours=48)


@dataclass
class ResultPin:
    fixture_id: int
    code: str
    expires_at: datetime


class ResultPinIssuer:
    """Issues and stores result-submission PINs for fixtures."""

    def __init__(self, repo, sms_client, rng: random.Random | None = None):
        self._repo = repo
        self._sms = sms_client
        self._rng = rng or random.Random()

    def _new_code(self) -> str:
        return "".join(self._rng.choices(PIN_ALPHABET, k=PIN_LENGTH))

    def issue(self, fixture, kickoff: datetime) -> ResultPin:
        pin = ResultPin(
            fixture_id=fixture.id,
            code=self._new_code(),
            expires_at=kickoff.astimezone(timezone.utc) + PIN_TTL,
        )
        self._repo.save_pin(pin)
        self._sms.send(
            fixture.home_manager_phone,
            f"Result PIN for {fixture.home_name} v {fixture.away_name}: {pin.code}",
        )
        return pin

    def is_expired(self, pin: ResultPin) -> bool:
        return datetime.now(timezone.utc) >= pin.expires_at
