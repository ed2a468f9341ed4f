"""Short pairing codes shown on the label-printer display during setup.

A technician reads the six-digit code off the printer's screen and types it
into the print server to bind the printer to a packing line.
"""
from __future__ import annotations

import hmac
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

PAIRING_WINDOW = timedelta(minutes=5)
MAX_TRIES = 3


@dataclass
class PendingPairing:
    printer_serial: str
    code: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    tries: int = 0
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.created_at > PAIRING_WINDOW


class PairingRegistry:
    def __init__(self) -> None:
        self._pending: dict[str, PendingPairing] = {}
        self._bound: dict[str, int] = {}

    @staticmethod
    def _new_code() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def start(self, printer_serial: str) -> PendingPairing:
        pending = PendingPairing(printer_serial, self._new_code())
        self._pending[printer_serial] = pending
        return pending

    def confirm(self, printer_serial: str, typed_code: str, line_number: int) -> bool:
        pending = self._pending.get(printer_serial)
        if pending is None or pending.expired or pending.tries >= MAX_TRIES:
            self._pending.pop(printer_serial, None)
            return False
        pending.tries += 1
        if not hmac.compare_digest(pending.code, typed_code.strip()):
            return False
        del self._pending[printer_serial]
        self._bound[printer_serial] = line_number
        return True

    def line_for(self, printer_serial: str) -> int | None:
        return self._bound.get(printer_serial)

    def unbind(self, printer_serial: str) -> None:
        self._bound.pop(printer_serial, None)
