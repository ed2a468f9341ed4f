"""Issues keypad PINs for pontoon gates at long-term moorings."""
from __future__ import annotations

import datetime as dt
import secrets
from typing import Protocol

PIN_DIGITS = 6


class KeypadController(Protocol):
    def add_pin(self, pin: str, valid_until: dt.date) -> None: ...
    def remove_pin(self, pin: str) -> None: ...


def new_pin(digits: int = PIN_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


class PinIssuer:
    def __init__(self, keypad: KeypadController, existing: set[str] | None = None) -> None:
        self.keypad = keypad
        self.active: dict[str, str] = {}
        self._in_use = set(existing or ())

    def issue(self, permit_no: str, valid_until: dt.date) -> str:
        if permit_no in self.active:
            self.revoke(permit_no)
        pin = new_pin()
        while pin in self._in_use:
            pin = new_pin()
        self.keypad.add_pin(pin, valid_until)
        self._in_use.add(pin)
        self.active[permit_no] = pin
        return pin

    def revoke(self, permit_no: str) -> None:
        pin = self.active.pop(permit_no, None)
        if pin is not None:
            self.keypad.remove_pin(pin)
            self._in_use.discard(pin)

    def expire(self, permits: dict[str, dt.date], today: dt.date) -> list[str]:
        gone = [p for p, until in permits.items() if until < today and p in self.active]
        for permit_no in gone:
            self.revoke(permit_no)
        return gone
