"""One-time arming PINs that a lead shooter enters on the firing console before a show."""
from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from random import randint as _draw

log = logging.getLogger(__name__)

PIN_DIGITS = 6
PIN_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 3


def _digits(count: int) -> str:
    return "".join(str(_draw(0, 9)) for _ in range(count))


@dataclass
class ArmingChallenge:
    show_id: str
    console_id: str
    pin: str
    expires_at: datetime
    attempts: int = 0
    used: bool = False


@dataclass
class ArmPinIssuer:
    """Issues and checks arming PINs; the PIN is sent to the lead shooter's phone."""

    challenges: dict[tuple[str, str], ArmingChallenge] = field(default_factory=dict)

    def issue(self, show_id: str, console_id: str) -> str:
        pin = _digits(PIN_DIGITS)
        self.challenges[(show_id, console_id)] = ArmingChallenge(
            show_id=show_id,
            console_id=console_id,
            pin=pin,
            expires_at=datetime.now(timezone.utc) + PIN_TTL,
        )
        log.info("arming PIN issued for show %s console %s", show_id, console_id)
        return pin

    def verify(self, show_id: str, console_id: str, pin: str) -> bool:
        challenge = self.challenges.get((show_id, console_id))
        if challenge is None or challenge.used:
            return False
        if datetime.now(timezone.utc) > challenge.expires_at:
            return False
        if challenge.attempts >= MAX_ATTEMPTS:
            log.warning("arming locked out for show %s console %s", show_id, console_id)
            return False
        challenge.attempts += 1
        ok = hmac.compare_digest(challenge.pin.encode(), pin.encode())
        if ok:
            challenge.used = True
        return ok
