"""Assigns a gear locker to a confirmed booking and texts the customer the door code."""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

import httpx

from hire.lockers import LockerInventory

logger = logging.getLogger("hire.lockers.dispatch")


@dataclass
class LockerAssignment:
    booking_ref: str
    bank: str
    locker_no: int
    pin: str
    phone: str


def _new_pin(digits: int = 6) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(digits))


def _summary(a: LockerAssignment) -> str:
    return f"booking={a.booking_ref} bank={a.bank} locker={a.locker_no} code={a.pin}"


class PinDispatcher:
    def __init__(self, inventory: LockerInventory, sms_url: str | None = None) -> None:
        self.inventory = inventory
        self.sms_url = sms_url or os.environ["SMS_GATEWAY_URL"]
        self.sms_key = os.environ["SMS_GATEWAY_KEY"]

    def _text(self, a: LockerAssignment) -> None:
        message = f"Your locker {a.bank}-{a.locker_no} code is {a.pin}. Enjoy the river!"
        resp = httpx.post(
            self.sms_url,
            json={"to": a.phone, "body": message},
            headers={"X-Api-Key": self.sms_key},
            timeout=10,
        )
        resp.raise_for_status()

    def assign(self, booking_ref: str, phone: str) -> LockerAssignment:
        bank, locker_no = self.inventory.reserve_free(booking_ref)
        assignment = LockerAssignment(booking_ref, bank, locker_no, _new_pin(), phone)
        self.inventory.program(bank, locker_no, assignment.pin)
        self._text(assignment)
        logger.info("locker assigned %s", _summary(assignment))
        return assignment
