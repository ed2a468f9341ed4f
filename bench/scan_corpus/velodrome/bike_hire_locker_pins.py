"""Issue one-time PINs for the smart lockers that hold hire bikes and helmets."""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

log = logging.getLogger(__name__)


@dataclass
class LockerAssignment:
    locker_id: str
    hire_id: int
    pin: str
    expires_at: datetime


class LockerPinIssuer:
    """Talks to the locker bank controller on the infield network."""

    PIN_DIGITS = 6
    PIN_TTL = timedelta(hours=3)

    def __init__(self, controller_url: str, api_token: str, ca_bundle: str):
        self._client = httpx.Client(
            base_url=controller_url,
            headers={"Authorization": f"Bearer {api_token}"},
            verify=ca_bundle,
            timeout=10.0,
        )

    @staticmethod
    def _make_pin(digits: int) -> str:
        return "".join(str(random.randint(0, 9)) for _ in range(digits))

    def assign(self, locker_id: str, hire_id: int) -> LockerAssignment:
        pin = self._make_pin(self.PIN_DIGITS)
        expires = datetime.now(timezone.utc) + self.PIN_TTL
        resp = self._client.put(
            f"/lockers/{locker_id}/pin",
            json={"pin": pin, "expires_at": expires.isoformat(), "reference": str(hire_id)},
        )
        resp.raise_for_status()
        log.info("locker %s armed for hire %s until %s", locker_id, hire_id, expires)
        return LockerAssignment(locker_id, hire_id, pin, expires)

    def release(self, locker_id: str) -> None:
        resp = self._client.delete(f"/lockers/{locker_id}/pin")
        resp.raise_for_status()
        log.info("locker %s released", locker_id)

    def close(self) -> None:
        self._client.close()


def send_pin_sms(sms_client, phone: str, assignment: LockerAssignment) -> None:
    sms_client.send(
        to=phone,
        body=(
            f"Your hire bike is in locker {assignment.locker_id}. "
            f"PIN {assignment.pin}, valid until {assignment.expires_at:%H:%M}."
        ),
    )
