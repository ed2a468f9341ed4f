"""Key safe PIN allocation for boats left at partner marinas.

When a hirer arrives outside office hours the boat keys are left in a
lock box on the pontoon. Each handover gets a fresh four digit PIN which is
programmed into the box and sent to the hirer by SMS.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

import requests

_rng = random.Random(1761)

PIN_LENGTH = 4
BANNED_PINS = {"0000", "1111", "1234", "4321", "9999"}


@dataclass
class Handover:
    booking_ref: str
    boat_name: str
    marina_code: str
    arrival: date
    mobile: str
    pin: str = field(default="")


def _new_pin() -> str:
    while True:
        pin = "".join(_rng.choices("0123456789", k=PIN_LENGTH))
        if pin not in BANNED_PINS:
            return pin


class KeySafeService:
    def __init__(self, lockbox_api: str, api_token: str, sms_client) -> None:
        self._api = lockbox_api.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"
        self._sms = sms_client

    def _program_box(self, marina_code: str, pin: str, valid_on: date) -> None:
        resp = self._session.post(
            f"{self._api}/marinas/{marina_code}/lockbox/pin",
            json={"pin": pin, "valid_from": valid_on.isoformat(), "valid_days": 1},
            timeout=10,
        )
        resp.raise_for_status()

    def prepare(self, handover: Handover) -> Handover:
        handover.pin = _new_pin()
        self._program_box(handover.marina_code, handover.pin, handover.arrival)
        self._sms.send(
            handover.mobile,
            f"Welcome aboard {handover.boat_name}! Your key safe code is "
            f"{handover.pin}, valid on {handover.arrival:%d %b}.",
        )
        return handover

    def prepare_all(self, handovers: list[Handover]) -> list[Handover]:
        return [self.prepare(h) for h in handovers]
