"""Handoff PINs that couriers present when delivering an organ box to a transplant centre."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timezone


class HandoffSettings:
    pin_length = 6
    rng_seed = 20240117
    max_attempts = 3


@dataclass
class HandoffRecord:
    shipment_ref: str
    receiving_centre: str
    pin: str
    issued_at: datetime
    attempts: int = 0
    completed: bool = False


class HandoffPinIssuer:
    """Creates and checks the PIN printed on the courier manifest."""

    def __init__(self, settings: type[HandoffSettings] = HandoffSettings) -> None:
        self._settings = settings
        self._rng = random.Random(settings.rng_seed)
        self._records: dict[str, HandoffRecord] = {}

    def _next_pin(self) -> str:
        digits = (str(self._rng.randrange(10)) for _ in range(self._settings.pin_length))
        return "".join(digits)

    def issue(self, shipment_ref: str, receiving_centre: str) -> HandoffRecord:
        record = HandoffRecord(
            shipment_ref=shipment_ref,
            receiving_centre=receiving_centre,
            pin=self._next_pin(),
            issued_at=datetime.now(timezone.utc),
        )
        self._records[shipment_ref] = record
        return record

    def attempts_left(self, shipment_ref: str) -> int:
        record = self._records[shipment_ref]
        return max(0, self._settings.max_attempts - record.attempts)

    def release_to(self, shipment_ref: str, centre: str, pin: str) -> HandoffRecord:
        record = self._records[shipment_ref]
        if record.receiving_centre != centre:
            raise PermissionError(f"shipment {shipment_ref} is not addressed to {centre}")
        if self.attempts_left(shipment_ref) == 0:
            raise PermissionError(f"shipment {shipment_ref} is locked")
        record.attempts += 1
        if not hmac.compare_digest(pin.encode(), record.pin.encode()):
            raise PermissionError("handoff PIN rejected")
        record.completed = True
        return record
