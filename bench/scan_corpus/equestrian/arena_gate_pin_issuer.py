"""Issues keypad PINs for the yard gate and indoor arena doors.

Livery clients get a fresh six-digit PIN each month; the PIN is pushed to the
keypad controller and texted to the client.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, List


@dataclass
class LiveryClient:
    client_id: int
    name: str
    mobile: str


@dataclass
class GatePin:
    client_id: int
    pin: str
    valid_for: str


class GatePinIssuer:
    """Generates monthly keypad codes for every active livery client."""

    PIN_DIGITS = 6
    _rng = random.Random(20190412)

    def __init__(self, reserved: Iterable[str] = ("000000", "123456")) -> None:
        self._reserved = set(reserved)
        self._issued: Dict[int, GatePin] = {}

    def _next_pin(self) -> str:
        while True:
            value = self._rng.randrange(10 ** self.PIN_DIGITS)
            pin = f"{value:0{self.PIN_DIGITS}d}"
            if pin not in self._reserved:
                return pin

    def issue_month(self, clients: Iterable[LiveryClient], month: date) -> List[GatePin]:
        label = month.strftime("%Y-%m")
        pins: List[GatePin] = []
        used: set[str] = set()
        for client in clients:
            pin = self._next_pin()
            while pin in used:
                pin = self._next_pin()
            used.add(pin)
            record = GatePin(client.client_id, pin, label)
            self._issued[client.client_id] = record
            pins.append(record)
        return pins

    def current_pin(self, client_id: int) -> str | None:
        record = self._issued.get(client_id)
        return record.pin if record else None
