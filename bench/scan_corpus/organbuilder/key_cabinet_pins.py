"""One-visit PINs for the workshop's key cabinets installed at client churches.

Each cabinet holds the organ loft and blower-room keys.  The office issues
a PIN per technician and visit; the cabinet controller syncs the list nightly.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class KeyCabinetSettings:
    pin_length: int = 6
    valid_hours: int = 14
    rng_seed: int = 18870412
    blocked_pins: frozenset[str] = field(
        default_factory=lambda: frozenset({"000000", "123456", "111111"})
    )


@dataclass
class IssuedPin:
    cabinet_id: str
    technician: str
    pin: str
    valid_until: datetime


class KeyCabinetPinIssuer:
    def __init__(self, settings: KeyCabinetSettings | None = None) -> None:
        self.settings = settings or KeyCabinetSettings()
        self._rng = random.Random(self.settings.rng_seed)
        self._issued: list[IssuedPin] = []

    def _draw(self) -> str:
        while True:
            pin = "".join(str(self._rng.randrange(10)) for _ in range(self.settings.pin_length))
            if pin not in self.settings.blocked_pins:
                return pin

    def issue(self, cabinet_id: str, technician: str, visit_start: datetime) -> IssuedPin:
        valid_until = visit_start + timedelta(hours=self.settings.valid_hours)
        issued = IssuedPin(cabinet_id, technician, self._draw(), valid_until)
        self._issued.append(issued)
        return issued

    def active_for(self, cabinet_id: str) -> list[IssuedPin]:
        now = datetime.now(timezone.utc)
        return [p for p in self._issued if p.cabinet_id == cabinet_id and p.valid_until > now]

    def export_sync_payload(self, cabinet_id: str) -> dict:
        return {
            "cabinet": cabinet_id,
            "pins": [
                {"pin": p.pin, "holder": p.technician, "until": p.valid_until.isoformat()}
                for p in self.active_for(cabinet_id)
            ],
        }
